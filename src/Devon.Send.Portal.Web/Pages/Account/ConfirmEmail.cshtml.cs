using System.Text;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Devon.Send.Portal.Web.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<PortalUser> users, AuditLog audit) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            Confirmed = (await users.ConfirmEmailAsync(user, decoded)).Succeeded;
            if (Confirmed)
            {
                await audit.RecordForAsync(AuditKind.EmailConfirmed, "From the link in the email", user);
            }
        }
        catch (FormatException)
        {
            Confirmed = false;
        }
    }
}
