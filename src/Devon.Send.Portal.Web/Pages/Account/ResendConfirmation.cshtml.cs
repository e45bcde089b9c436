using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// Sends the email confirmation link again. The answer is the same whether or not the address has an account
/// waiting to be confirmed, so the page cannot be used to find out who has one.
/// </summary>
[EnableRateLimiting(Hardening.AccountForms)]
[AllowAnonymous]
public sealed class ResendConfirmationModel(UserManager<PortalUser> users, EmailConfirmation confirmation) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Email.Trim()) is { EmailConfirmed: false, DisabledAt: null } user)
        {
            // A failure is logged by the sender; telling the person would tell them the account exists.
            await confirmation.SendAsync(user);
        }

        TempData[CheckYourEmailModel.Resent] = true;
        return RedirectToPage("CheckYourEmail");
    }
}
