using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Devon.Send.Portal.Web.Pages.Account;

[EnableRateLimiting(Hardening.AccountForms)]
[RepeatablePosts]
[AllowAnonymous]
public sealed class SignInModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SignInThrottles throttles, AuditLog audit, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool EntraIdAvailable => EntraId.IsConfigured(configuration);

    public async Task OnGetAsync() => await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var addressKey = SignInThrottles.AddressKey(Input.Email);
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        string[] keys = user is null ? [addressKey] : [addressKey, SignInThrottles.AccountKey(user.Id)];
        // While the address or account must wait, no password is checked, and the answer is the same whether or not
        // the address has an account.
        if (await throttles.WaitAsync(keys) is { } wait)
        {
            await audit.RecordForAsync(AuditKind.LockedOut, "Too many failed sign-ins: told to wait, password not checked", user);
            return TooManyAttempts(wait);
        }

        var result = user is null ? RefuseUnknownAccount()
            : await signIn.CanSignInAsync(user) ? await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true)
            : await CheckPasswordBeforeSayingWhyAsync(user);
        // The typed email is never logged: an unknown address is recorded without it. A correct password
        // that still needs a security code is recorded when the code is given.
        if (!result.RequiresTwoFactor)
        {
            await audit.RecordForAsync(result.Succeeded ? AuditKind.SignedIn : AuditKind.SignInFailed,
                user is null ? "Unknown account" : result.IsNotAllowed ? (user.DisabledAt is null ? "Password, email address not confirmed" : "Password, account turned off") : "Password", user);
        }

        // A success clears the counts (PortalUserManager.ResetAccessFailedCountAsync).
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl = SafeReturnUrl });
        }

        if (result.IsNotAllowed)
        {
            ModelState.AddModelError("Input.Email", user?.DisabledAt is not null
                ? "Your account has been turned off. If you think this is wrong, contact your SEND caseworker"
                : "Confirm your email address before you sign in: use the link in the email we sent you");
            return Page();
        }

        // The account's own count went up with the password check; the address's goes up here, account or not.
        await throttles.FailedAsync(addressKey);
        if (await throttles.WaitAsync(keys) is { } waitNow)
        {
            await audit.RecordForAsync(AuditKind.LockedOut, "Too many failed sign-ins: told to wait", user);
            return TooManyAttempts(waitNow);
        }

        ModelState.AddModelError("Input.Email", "Enter a correct email address and password");
        return Page();
    }

    private PageResult TooManyAttempts(TimeSpan wait)
    {
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        ModelState.AddModelError("Input.Email", $"You've tried to sign in too many times. Wait {minutes} {(minutes == 1 ? "minute" : "minutes")}, or reset your password");
        TooManyAttemptsShown = true;
        return Page();
    }

    /// <summary>The page offers a password reset in place of the wait.</summary>
    public bool TooManyAttemptsShown { get; private set; }

    /// <summary>
    /// An unknown address takes as long to refuse as a wrong password, so the time taken does not tell anyone
    /// which addresses have accounts.
    /// </summary>
    private SignInResult RefuseUnknownAccount()
    {
        var placeholder = new PortalUser { DisplayName = "", UserName = "" };
        unknownAccountHash ??= users.PasswordHasher.HashPassword(placeholder, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(placeholder, unknownAccountHash, Input.Password);
        return SignInResult.Failed;
    }

    /// <summary>
    /// Identity says an account cannot sign in (its email is not confirmed) before it checks the password, which
    /// would tell anyone that the address has an account. Say why only to someone who knows the password; a wrong
    /// one counts towards the wait as usual (the wait was checked before).
    /// </summary>
    private async Task<SignInResult> CheckPasswordBeforeSayingWhyAsync(PortalUser user)
    {
        if (await users.CheckPasswordAsync(user, Input.Password))
        {
            return SignInResult.NotAllowed;
        }

        await users.AccessFailedAsync(user);
        return SignInResult.Failed;
    }

    private static string? unknownAccountHash;

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/home";
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
