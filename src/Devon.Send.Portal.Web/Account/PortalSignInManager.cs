using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Account;

/// <summary>
/// Identity's sign-in rules, plus one of the portal's: an account an administrator has turned off cannot sign in
/// by any route (password, security code, Entra ID), and any session it still has ends at its next request.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user) => user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<PortalUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal) =>
        await base.ValidateSecurityStampAsync(principal) is { DisabledAt: null } user ? user : null;

    /// <summary>
    /// Identity's refresh re-issues the cookie with how the person signed in; the session it belongs to is carried
    /// too, or refreshing (after turning on two-factor, say) would start a second session record.
    /// </summary>
    public override async Task RefreshSignInAsync(PortalUser user)
    {
        var auth = await Context.AuthenticateAsync(AuthenticationScheme);
        if (!auth.Succeeded || auth.Principal?.Identity?.IsAuthenticated != true || UserManager.GetUserId(auth.Principal) != await UserManager.GetUserIdAsync(user))
        {
            return;
        }

        var carried = auth.Principal.Claims.Where(c => c.Type is ClaimTypes.AuthenticationMethod or "amr" or PortalSessions.Claim).Select(c => new Claim(c.Type, c.Value)).ToList();
        await SignInWithClaimsAsync(user, auth.Properties, carried);
    }
}
