using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// Where the timeout warning sends a browser once the server says the session has ended. Opening it signs nobody
/// out: a tab left idle must not end a session that another tab is still using.
/// </summary>
[AllowAnonymous]
public sealed class TimedOutModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/home") : Page();
}
