using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>Turns authenticator-app two-factor authentication on or off for the signed-in account.</summary>
public sealed class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, PortalSessions sessions, AuditLog audit, IConfiguration configuration) : PageModel
{
    public bool Enabled { get; private set; }

    /// <summary>The address the person signs in with.</summary>
    public string Email { get; private set; } = "";
    public string SetupKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [FromQuery]
    public bool Required { get; set; }

    /// <summary>Staff signing in with a password may not turn it off.</summary>
    public bool MustKeepTwoFactor => configuration.GetValue("Security:RequireTwoFactorForStaff", true)
        && PortalRoles.All.Except(PortalRoles.Families).Any(User.IsInRole)
        && !EntraId.SignedInWith(User);

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Enter the 6-digit code from your authenticator app, like 123456")]
    [Display(Name = "Code from your authenticator app")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                await audit.RecordAsync(AuditKind.TwoFactorTurnedOn, "Authenticator app");
                RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
                await signIn.RefreshSignInAsync(user);
                Enabled = true;
                return Page();
            }

            ModelState.AddModelError(nameof(Code), "The code is not right. Check the time on your phone is correct and enter the code your app shows now");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (MustKeepTwoFactor)
        {
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await audit.RecordAsync(AuditKind.TwoFactorTurnedOff, "Authenticator app");
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    /// <summary>Ends every session of this account, on every device, including this one.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await audit.RecordAsync(AuditKind.SignedOutEverywhere, "Every device");
        await sessions.EndAllAsync(user.Id, PortalSessions.Reasons.SignedOutEverywhere);
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return RedirectToPage("SignedOut");
    }

    private async Task LoadAsync(PortalUser user)
    {
        Email = user.Email ?? "";
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp, which would otherwise end this very session.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SetupKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("Devon SEND Portal")}:{Uri.EscapeDataString(user.Email ?? "")}" +
            $"?secret={key}&issuer={Uri.EscapeDataString("Devon SEND Portal")}&digits=6";
    }
}
