using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>Where the timeout warning sends a browser left idle: the session ends here if it has not already.</summary>
public sealed class TimedOutModel(SignInManager<PortalUser> signIn, AuditLog audit) : PageModel
{
    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditKind.SignedOut, "Signed out after 20 minutes without activity");
            await signIn.SignOutAsync();
        }
    }
}
