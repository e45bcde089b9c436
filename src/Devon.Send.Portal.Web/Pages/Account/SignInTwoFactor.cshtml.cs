using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

[EnableRateLimiting(Hardening.AccountForms)]
[RepeatablePosts]
[AllowAnonymous]
public sealed class SignInTwoFactorModel(SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app")]
    [StringLength(20, ErrorMessage = "Enter the 6-digit code from your authenticator app, or one of your recovery codes")]
    [Display(Name = "Security code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Recovery codes are stored with their dash (XXXXX-XXXXX); authenticator codes are 6 digits.
        var code = Code.Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.ToUpperInvariant());
        await audit.RecordForAsync(
            result.Succeeded ? AuditKind.SignedIn : result.IsLockedOut ? AuditKind.LockedOut : AuditKind.SignInFailed,
            code.Length == 6 ? "Authenticator code" : "Recovery code",
            user);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/home");
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "You've tried to sign in too many times. Wait a few minutes, then try again"
            : "The code is not right. Check your authenticator app and enter the code it shows now");
        return Page();
    }
}
