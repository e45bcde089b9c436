using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>"Stay signed in" on the timeout warning: any signed-in request renews the session's sliding expiry.</summary>
[RepeatablePosts]
public sealed class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost() => new NoContentResult();
}
