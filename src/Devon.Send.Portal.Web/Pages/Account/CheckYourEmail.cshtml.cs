using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>After an account is created, or a new confirmation or password reset link is asked for: what to look for, and what to do if it fails.</summary>
[AllowAnonymous]
public sealed class CheckYourEmailModel : PageModel
{
    public const string NotSent = "ConfirmationNotSent";
    public const string Resent = "ConfirmationResent";
    public const string ResetAsked = "PasswordResetAsked";

    public bool EmailFailed { get; private set; }
    public bool AskedAgain { get; private set; }
    public bool PasswordResetAsked { get; private set; }

    public void OnGet()
    {
        EmailFailed = TempData[NotSent] is true;
        AskedAgain = TempData[Resent] is true;
        PasswordResetAsked = TempData[ResetAsked] is true;
    }
}
