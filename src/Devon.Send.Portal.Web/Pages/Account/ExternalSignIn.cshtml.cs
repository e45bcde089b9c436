using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// Sign-in for professionals and council staff through their organisation's Microsoft Entra ID. The Entra
/// app roles in the token (named as the portal's roles) decide the portal roles, checked on every sign-in.
/// </summary>
public sealed class ExternalSignInModel(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    AuditLog audit,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<ExternalSignInModel> logger)
    : PageModel
{
    private static readonly string[] StaffRoles = [.. PortalRoles.All.Except(PortalRoles.Families)];

    public string Problem { get; private set; } = "";

    public IActionResult OnPost(string? returnUrl)
    {
        if (!EntraId.IsConfigured(configuration))
        {
            return NotFound();
        }

        var redirect = Url.Page("/Account/ExternalSignIn", "Callback", new { returnUrl });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(EntraId.Scheme, redirect), EntraId.Scheme);
    }

    public IActionResult OnGetFailed()
    {
        Problem = "Your work account could not sign you in. Try again, or ask your IT team for help.";
        return Page();
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return RedirectToPage("SignIn");
        }

        var roles = info.Principal.FindAll(ClaimTypes.Role).Concat(info.Principal.FindAll("roles"))
            .Select(c => c.Value).Intersect(StaffRoles).Distinct().ToList();
        if (roles.Count == 0)
        {
            Problem = "Your organisation has not given you a role in the Devon SEND Portal. Ask your IT team or the council's SEND team to add you.";
            return Page();
        }

        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is null)
        {
            var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("preferred_username");
            if (string.IsNullOrEmpty(email))
            {
                Problem = "Your work account did not give the portal an email address. Ask your IT team for help.";
                return Page();
            }

            if (await users.FindByEmailAsync(email) is not null)
            {
                // Never join a work sign-in to an existing local account just because the email matches.
                Problem = "There is already a portal account with your email address. Ask the council's portal administrator to connect it to your work account.";
                return Page();
            }

            user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = info.Principal.FindFirstValue("name") ?? email,
                CreatedAt = clock.GetUtcNow(),
            };
            if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddLoginAsync(user, info)).Succeeded)
            {
                Problem = "Your account could not be created. Try again, or ask the council's portal administrator for help.";
                return Page();
            }
        }

        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(current));
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await audit.RecordForAsync(AuditKind.SignedIn, "Entra ID", user);
        logger.LogInformation("Staff sign-in through Entra ID for user {UserId}", user.Id);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/home");
    }
}
