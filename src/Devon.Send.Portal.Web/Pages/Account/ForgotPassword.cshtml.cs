using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// Asks for a link to choose a new password. The answer is the same whether or not the address has an account, so the
/// page cannot be used to find out who has one.
/// </summary>
[EnableRateLimiting(Hardening.AccountForms)]
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordReset reset) : PageModel
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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await reset.AskAsync(Email, cancellationToken);
        TempData[CheckYourEmailModel.ResetAsked] = true;
        return RedirectToPage("CheckYourEmail");
    }
}
