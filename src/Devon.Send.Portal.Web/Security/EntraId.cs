using System.Security.Claims;
using Microsoft.Identity.Web;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Microsoft Entra ID sign-in for professionals and council staff: which organisations (tenants) may sign in,
/// which portal roles each may hold, and which email address in a token can be trusted.
/// </summary>
public static class EntraId
{
    public const string Scheme = "EntraId";

    /// <summary>Roles that only the council's own tenant may give: anyone else's directory could claim them.</summary>
    public static readonly IReadOnlyList<string> CouncilRoles =
        [PortalRoles.Caseworker, PortalRoles.TeamManager, PortalRoles.Administrator, PortalRoles.LocalOfferEditor];

    /// <summary>Roles an Entra app role may give: every portal role except the families', who sign in with a password.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [.. PortalRoles.All.Except(PortalRoles.Families)];

    /// <summary>Whether this session began with an Entra ID sign-in rather than a password.</summary>
    public static bool SignedInWith(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.AuthenticationMethod) == Scheme;

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]) &&
        (!string.IsNullOrWhiteSpace(configuration["AzureAd:TenantId"]) || !string.IsNullOrWhiteSpace(configuration["AzureAd:Authority"]));

    /// <summary>
    /// The tenant ids whose people may sign in: <c>AzureAd:AllowedTenants</c> (a list, or ids separated by commas),
    /// or else only the council's own <c>AzureAd:TenantId</c>.
    /// </summary>
    public static IReadOnlyList<string> AllowedTenants(IConfiguration configuration)
    {
        var listed = configuration.GetList("AzureAd:AllowedTenants");
        return listed.Count > 0 ? listed : [.. new[] { configuration["AzureAd:TenantId"] }.OfType<string>()];
    }

    public static bool IsCouncilTenant(IConfiguration configuration, string? tenantId) =>
        tenantId is not null && string.Equals(tenantId, configuration["AzureAd:TenantId"], StringComparison.OrdinalIgnoreCase);

    public static string? TenantOf(ClaimsPrincipal principal) => principal.GetTenantId();

    /// <summary>The portal roles named by the token's app roles.</summary>
    public static IReadOnlyList<string> ClaimedRoles(ClaimsPrincipal principal) =>
        [.. principal.FindAll(ClaimTypes.Role).Concat(principal.FindAll("roles")).Select(c => c.Value).Intersect(StaffRoles).Distinct()];

    /// <summary>
    /// An email address the tenant has verified, or null. Entra's <c>email</c> claim is whatever the user's mail
    /// attribute says, which an administrator of any tenant can set to anyone's address; it is used only when the
    /// optional <c>xms_edov</c> claim says the tenant owns its domain. Otherwise the sign-in name
    /// (<c>preferred_username</c>, the user principal name) is used: Entra only accepts one in a domain the tenant
    /// has verified. Pending invitations are bound to this address, so it must be one the person really holds.
    /// </summary>
    public static string? VerifiedEmail(ClaimsPrincipal principal)
    {
        var email = principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email);
        var domainVerified = principal.FindFirstValue("xms_edov") is "true" or "True" or "1";
        if (domainVerified && LooksLikeEmail(email))
        {
            return email;
        }

        var signInName = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue(ClaimTypes.Upn);
        return LooksLikeEmail(signInName) ? signInName : null;
    }

    // A guest's directory name (name_example.org#EXT#@council.onmicrosoft.com) is not anyone's email address.
    private static bool LooksLikeEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.IndexOf('@', StringComparison.Ordinal) > 0 && !value.EndsWith('@')
        && !value.Contains("#EXT#", StringComparison.OrdinalIgnoreCase);
}
