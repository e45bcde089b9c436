using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Security;

/// <summary>Adds the person's display name and council team to their sign-in, so checks need no extra query.</summary>
public sealed class PortalClaimsFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "portal:display_name";
    public const string SendTeam = "portal:send_team";
    public const string Organisation = "portal:organisation";
    public const string TwoFactor = "portal:two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(TwoFactor, user.TwoFactorEnabled ? "true" : "false"));
        if (user.Organisation is not null)
        {
            identity.AddClaim(new Claim(Organisation, user.Organisation));
        }

        if (user.SendTeamId is { } team)
        {
            identity.AddClaim(new Claim(SendTeam, team.ToString()));
        }

        return identity;
    }
}

public static class PortalClaimsPrincipalExtensions
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static Guid? SendTeamId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.SendTeam), out var id) ? id : null;
}
