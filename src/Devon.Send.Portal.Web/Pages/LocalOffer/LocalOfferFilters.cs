using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>The filters a family can narrow a list of pages by: the age of their child, where they live, who they are.</summary>
public interface ILocalOfferFilters
{
    string? Age { get; set; }
    string? Area { get; set; }
    string? Audience { get; set; }
}

public static class LocalOfferFilters
{
    public static readonly IReadOnlyList<(string Value, string Label)> AgeOptions =
        [("", "Any age"), .. LocalOfferTaxonomy.AgeBands.Select(b => (b.Value, b.Label))];

    public static readonly IReadOnlyList<(string Value, string Label)> AreaOptions =
        [("", "Anywhere in Devon"), .. LocalOfferTaxonomy.Districts.Select(d => (d, d))];

    public static readonly IReadOnlyList<(string Value, string Label)> AudienceOptions =
        [("", "Anyone"), .. LocalOfferTaxonomy.Audiences.Select(a => (a, LocalOfferTaxonomy.AudienceLabel(a)))];

    public static readonly IReadOnlyList<(string Value, string Label)> CategoryOptions =
        [("", "Any topic"), .. LocalOfferTaxonomy.Categories.Select(c => (c.Slug, c.Name))];

    /// <summary>The filters chosen; a value that is not one of the choices (an edited address) is ignored.</summary>
    public static SearchFilters ToSearchFilters(this ILocalOfferFilters form, LocalOfferCategory? category = null) => new(
        category,
        LocalOfferTaxonomy.Audiences.Contains(form.Audience ?? "") ? form.Audience : null,
        LocalOfferTaxonomy.Districts.Contains(form.Area ?? "") ? form.Area : null,
        LocalOfferTaxonomy.AgeBandWithValue(form.Age));

    public static bool HasFilters(this ILocalOfferFilters form) =>
        !string.IsNullOrEmpty(form.Age) || !string.IsNullOrEmpty(form.Area) || !string.IsNullOrEmpty(form.Audience);

    public static string Audiences(LocalOfferDocument page) =>
        string.Join(", ", page.Audiences.Select((a, i) => i == 0 ? LocalOfferTaxonomy.AudienceLabel(a) : LocalOfferTaxonomy.AudienceLabel(a).ToLowerInvariant()));

    public static string Ages(LocalOfferDocument page) => $"Ages {page.MinimumAge} to {page.MaximumAge}";

    public static string Areas(LocalOfferDocument page) => page.CoversAllAreas ? "All of Devon" : string.Join(", ", page.Areas);
}
