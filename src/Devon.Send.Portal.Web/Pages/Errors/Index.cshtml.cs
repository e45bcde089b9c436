using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Errors;

[IgnoreAntiforgeryToken]
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    // A failed POST is re-executed here with its own method, so every method shows the same page.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is 400 or 403 or 404 or 405 or 413 or 429 ? code : 500;
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
    }
}
