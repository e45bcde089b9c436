using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// The page a reset link opens: a new password, checked by the same rules as a new account's. A link that has been
/// used, has expired or was changed says so and offers a new one, without saying whether the account exists.
/// </summary>
[EnableRateLimiting(Hardening.AccountForms)]
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordReset reset) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    [StringLength(256, ErrorMessage = "Password must be 256 characters or fewer")]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    /// <summary>False when the link cannot be used: the page then offers a new one.</summary>
    public bool LinkWorks { get; private set; }

    public async Task OnGetAsync()
    {
        LinkWorks = await reset.AccountForLinkAsync(UserId, Token) is not null;
        ModelState.Clear();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await reset.AccountForLinkAsync(UserId, Token);
        LinkWorks = user is not null;
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await reset.ResetAsync(user, Token!, Password, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            // Two posts at once: the other one changed the password, so this link no longer works.
            LinkWorks = await reset.AccountForLinkAsync(UserId, Token) is not null;
            return Page();
        }

        return RedirectToPage("PasswordChanged");
    }
}
