using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// The signed-in person asks to sign in with a new email address, giving their password again; a link to the new
/// address confirms it. Staff who sign in with their work account have no address of their own here to change.
/// </summary>
[EnableRateLimiting(Hardening.AccountForms)]
public sealed class ChangeEmailModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, EmailChange change) : PageModel
{
    private const string AskedKey = "EmailChangeAsked";

    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(NewEmail), nameof(Password)];

    [BindProperty]
    [Required(ErrorMessage = "Enter your new email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "New email address")]
    public string NewEmail { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    [Display(Name = "Your password")]
    public string Password { get; set; } = "";

    public string CurrentEmail { get; private set; } = "";

    /// <summary>False for an account that signs in with a work account: its address comes from the organisation.</summary>
    public bool HasPassword { get; private set; }

    /// <summary>True once the link has been sent.</summary>
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is null)
        {
            return Challenge();
        }

        Sent = TempData[AskedKey] is string;
        NewEmail = TempData[AskedKey] as string ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (!HasPassword)
        {
            return Page();
        }

        if (ModelState.IsValid && string.Equals(NewEmail.Trim(), CurrentEmail, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(NewEmail), "Enter an email address that is different from the one you use now");
        }

        if (ModelState.IsValid)
        {
            var check = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
            if (check.IsLockedOut)
            {
                ModelState.AddModelError(nameof(Password), "You have entered the wrong password too many times. Wait a few minutes, then try again");
            }
            else if (!check.Succeeded)
            {
                ModelState.AddModelError(nameof(Password), "The password is not right");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await change.AskAsync(user, NewEmail, cancellationToken);
        TempData[AskedKey] = NewEmail.Trim();
        return RedirectToPage();
    }

    private async Task<PortalUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            CurrentEmail = user.Email ?? "";
            HasPassword = await users.HasPasswordAsync(user);
        }

        return user;
    }
}
