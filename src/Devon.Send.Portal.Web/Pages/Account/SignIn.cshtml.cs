using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

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
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        // The typed email is never logged: an unknown address is recorded without it. A correct password
        // that still needs a security code is recorded when the code is given.
        if (!result.RequiresTwoFactor)
        {
            var kind = result.Succeeded ? AuditKind.SignedIn : result.IsLockedOut ? AuditKind.LockedOut : AuditKind.SignInFailed;
            await audit.RecordForAsync(kind, user is null ? "Unknown account" : "Password", user);
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
            { IsNotAllowed: true } => "Confirm your email address before you sign in: use the link in the email we sent you",
            _ => "Enter a correct email address and password",
        });
        return Page();
    }

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
