using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<PortalUser> users, AuditLog audit) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || EmailLinkTokens.Decode(token) is not { } decoded || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        Confirmed = (await users.ConfirmEmailAsync(user, decoded)).Succeeded;
        if (Confirmed)
        {
            await audit.RecordForAsync(AuditKind.EmailConfirmed, "From the link in the email", user);
        }
    }
}
