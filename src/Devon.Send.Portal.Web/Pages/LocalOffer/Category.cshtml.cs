using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>The pages of one category, narrowed by age, area and audience.</summary>
[AllowAnonymous]
public sealed class CategoryModel(LocalOfferLibrary library) : PageModel, ILocalOfferFilters
{
    [FromRoute(Name = "category")]
    public string CategorySlug { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Audience { get; set; }

    public LocalOfferCategory Category { get; private set; } = null!;
    public int InCategory { get; private set; }
    public IReadOnlyList<LocalOfferPage> Pages { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (LocalOfferTaxonomy.CategoryWithSlug(CategorySlug) is not { } category)
        {
            return NotFound();
        }

        Category = category;
        var all = library.Current.InCategory(category).ToList();
        var filters = this.ToSearchFilters(category);
        InCategory = all.Count;
        Pages = [.. all.Where(p => filters.Allows(p.Document))];
        return Page();
    }
}
