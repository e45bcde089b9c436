using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>After a new password is chosen: every session has ended, so the next step is to sign in.</summary>
[AllowAnonymous]
public sealed class PasswordChangedModel : PageModel
{
    public void OnGet()
    {
    }
}
