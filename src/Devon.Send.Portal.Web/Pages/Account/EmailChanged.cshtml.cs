using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>After a new email address is confirmed: every session has ended, so the next step is to sign in with it.</summary>
[AllowAnonymous]
public sealed class EmailChangedModel : PageModel
{
    public void OnGet()
    {
    }
}
