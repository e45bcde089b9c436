using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>Search across every page's title, summary and text, best match first, with the matching words marked.</summary>
[AllowAnonymous]
public sealed class SearchModel(LocalOfferLibrary library) : PageModel, ILocalOfferFilters
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "q")]
    [StringLength(200, ErrorMessage = "Search words must be 200 characters or fewer")]
    [Display(Name = "Search the Local Offer")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Audience { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = SearchResults.None;

    public int PageCount => (Results.Total + PageSize - 1) / PageSize;

    public bool Searched => !string.IsNullOrWhiteSpace(Query) && ModelState.IsValid;

    public void OnGet()
    {
        PageNumber = Math.Max(1, PageNumber);
        if (!Searched)
        {
            return;
        }

        var filters = this.ToSearchFilters(LocalOfferTaxonomy.CategoryWithSlug(Category));
        Results = library.Current.Search.Search(Query, filters, PageNumber, PageSize);
        if (Results.Hits.Count == 0 && PageNumber > 1 && Results.Total > 0)
        {
            PageNumber = 1;
            Results = library.Current.Search.Search(Query, filters, 1, PageSize);
        }
    }

    /// <summary>This search's address with another page number.</summary>
    public string PageUrl(int page) => "/local-offer/search" + QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Query,
        ["category"] = Category,
        ["age"] = Age,
        ["area"] = Area,
        ["audience"] = Audience,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
