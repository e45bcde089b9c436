using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<PortalUser> signIn, PortalSessions sessions, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("SignedOut");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(AuditKind.SignedOut, "This browser");
        await sessions.EndAsync(User, PortalSessions.Reasons.SignedOut);
        await signIn.SignOutAsync();
        return RedirectToPage("SignedOut");
    }
}
