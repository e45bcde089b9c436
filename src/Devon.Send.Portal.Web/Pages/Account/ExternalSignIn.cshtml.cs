using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// Sign-in for professionals and council staff through their organisation's Microsoft Entra ID. Only the tenants
/// the council allows may sign in; the Entra app roles in the token (named as the portal's roles) decide the portal
/// roles at every sign-in, and the council's own roles are accepted only from the council's tenant.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    PortalDbContext db,
    AuditLog audit,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<ExternalSignInModel> logger)
    : PageModel
{
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

        var existing = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        var tenant = EntraId.TenantOf(info.Principal);
        if (tenant is null || !EntraId.AllowedTenants(configuration).Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            return await RefuseAsync(existing, $"Entra ID: tenant {tenant ?? "unknown"} is not allowed to sign in",
                "Your organisation is not set up to sign in to the Devon SEND Portal. Ask the council's SEND team to arrange it.");
        }

        var claimed = EntraId.ClaimedRoles(info.Principal);
        var fromCouncil = EntraId.IsCouncilTenant(configuration, tenant);
        var roles = claimed.Where(r => fromCouncil || !EntraId.CouncilRoles.Contains(r)).ToList();
        var ignored = claimed.Except(roles).ToList();
        if (roles.Count == 0)
        {
            return await RefuseAsync(existing, ignored.Count > 0 ? $"Entra ID: council roles from another tenant ignored ({string.Join(", ", ignored)})" : "Entra ID: no portal role",
                "Your organisation has not given you a role in the Devon SEND Portal. Ask your IT team or the council's SEND team to add you.");
        }

        if (existing is not null && !await signIn.CanSignInAsync(existing))
        {
            return await RefuseAsync(existing, "Entra ID: the account is turned off",
                "Your portal account has been turned off. If you think this is wrong, ask the council's portal administrator.");
        }

        var user = existing ?? await CreateAsync(info);
        if (user is null)
        {
            return await RefuseAsync(null, "Entra ID: no account could be made", Problem);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var current = await users.GetRolesAsync(user);
        var added = roles.Except(current).ToList();
        var removed = current.Except(roles).ToList();
        await users.RemoveFromRolesAsync(user, removed);
        await users.AddToRolesAsync(user, added);
        if (added.Count > 0 || removed.Count > 0 || ignored.Count > 0)
        {
            audit.AddFor(AuditKind.RolesChanged, RoleChanges(added, removed, ignored), user);
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await audit.RecordForAsync(AuditKind.SignedIn, "Entra ID", user);
        logger.LogInformation("Staff sign-in through Entra ID for user {UserId}", user.Id);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/home");
    }

    private async Task<PortalUser?> CreateAsync(ExternalLoginInfo info)
    {
        var email = EntraId.VerifiedEmail(info.Principal);
        if (email is null)
        {
            Problem = "Your work account did not give the portal an email address your organisation has verified. Ask your IT team for help.";
            return null;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            // Never join a work sign-in to an existing local account just because the email matches.
            Problem = "There is already a portal account with your email address. Ask the council's portal administrator to connect it to your work account.";
            return null;
        }

        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = info.Principal.FindFirst("name")?.Value ?? email,
            CreatedAt = clock.GetUtcNow(),
        };
        if (!(await users.CreateAsync(user)).Succeeded || !(await users.AddLoginAsync(user, info)).Succeeded)
        {
            Problem = "Your account could not be created. Try again, or ask the council's portal administrator for help.";
            return null;
        }

        return user;
    }

    private async Task<IActionResult> RefuseAsync(PortalUser? user, string auditDetail, string problem)
    {
        await audit.RecordForAsync(AuditKind.SignInFailed, auditDetail, user);
        Problem = problem;
        return Page();
    }

    private static string RoleChanges(List<string> added, List<string> removed, List<string> ignored) =>
        "Entra ID app roles: " + string.Join("; ", new[]
        {
            added.Count > 0 ? "added " + string.Join(", ", added) : null,
            removed.Count > 0 ? "removed " + string.Join(", ", removed) : null,
            ignored.Count > 0 ? "ignored council roles from another tenant: " + string.Join(", ", ignored) : null,
        }.OfType<string>());
}
