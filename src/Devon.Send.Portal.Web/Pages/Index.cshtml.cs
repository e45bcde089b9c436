using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages;

[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
}
