using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages;

public sealed class IndexModel : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;
}
