using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>One Local Offer page. Local Offer editors also see whether it is due for review and can change it.</summary>
[AllowAnonymous]
public sealed class ArticleModel(LocalOfferLibrary library, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Slug { get; set; } = "";

    public LocalOfferPage Article { get; private set; } = null!;
    public IReadOnlyList<LocalOfferPage> Related { get; private set; } = [];
    public bool IsEditor => User.IsInRole(PortalRoles.LocalOfferEditor);
    public DateOnly Today { get; private set; }

    public IActionResult OnGet()
    {
        var content = library.Current;
        if (content.Find(Slug) is not { } page)
        {
            return NotFound();
        }

        Article = page;
        Related = content.RelatedTo(page);
        Today = clock.UkToday();
        return Page();
    }
}
