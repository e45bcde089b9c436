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
public sealed class SignInModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit, IConfiguration configuration) : PageModel
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

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null ? RefuseUnknownAccount()
            : await signIn.CanSignInAsync(user) ? await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true)
            : await CheckPasswordBeforeSayingWhyAsync(user);
        // The typed email is never logged: an unknown address is recorded without it. A correct password
        // that still needs a security code is recorded when the code is given.
        if (!result.RequiresTwoFactor)
        {
            var kind = result.Succeeded ? AuditKind.SignedIn : result.IsLockedOut ? AuditKind.LockedOut : AuditKind.SignInFailed;
            await audit.RecordForAsync(kind, user is null ? "Unknown account" : result.IsNotAllowed ? (user.DisabledAt is null ? "Password, email address not confirmed" : "Password, account turned off") : "Password", user);
        }

        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl = SafeReturnUrl });
        }

        ModelState.AddModelError("Input.Email", result switch
        {
            { IsLockedOut: true } => "Your account is locked because of too many failed attempts. Try again in 15 minutes",
            { IsNotAllowed: true } when user?.DisabledAt is not null => "Your account has been turned off. If you think this is wrong, contact your SEND caseworker",
            { IsNotAllowed: true } => "Confirm your email address before you sign in: use the link in the email we sent you",
            _ => "Enter a correct email address and password",
        });
        return Page();
    }

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
    /// one counts towards the lockout as usual.
    /// </summary>
    private async Task<SignInResult> CheckPasswordBeforeSayingWhyAsync(PortalUser user)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, Input.Password))
        {
            return SignInResult.NotAllowed;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
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
