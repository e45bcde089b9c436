using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// How many seconds the session has left, for the timeout warning: another tab may have kept it going. Asking does
/// not renew it (see <see cref="Security.SessionTimeout.NeverRenewOnStatusCheck"/>). Nothing else is said.
/// </summary>
[AllowAnonymous]
public sealed class SessionStatusModel(TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var left = session.Succeeded && session.Properties?.ExpiresUtc is { } expires ? expires - clock.GetUtcNow() : TimeSpan.Zero;
        return new JsonResult(new { secondsLeft = Math.Max(0, (int)left.TotalSeconds) });
    }
}
