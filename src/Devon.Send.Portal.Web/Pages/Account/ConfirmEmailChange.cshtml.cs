using Devon.Send.Portal.Web.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.Account;

/// <summary>
/// The page the link to a new address opens. Opening it changes nothing (mail scanners open links); the button does.
/// It works whether or not the person is signed in on this device, since the link itself is the proof.
/// </summary>
[EnableRateLimiting(Hardening.AccountForms)]
[AllowAnonymous]
public sealed class ConfirmEmailChangeModel(EmailChange change) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkWorks { get; private set; }

    public async Task OnGetAsync() => LinkWorks = await change.AccountForLinkAsync(UserId, Email, Token) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await change.AccountForLinkAsync(UserId, Email, Token);
        LinkWorks = user is not null && (await change.ConfirmAsync(user, Email!.Trim(), Token!, cancellationToken)).Succeeded;
        return LinkWorks ? RedirectToPage("EmailChanged") : Page();
    }
}
