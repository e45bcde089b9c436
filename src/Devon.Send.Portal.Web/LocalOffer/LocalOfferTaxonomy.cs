namespace Devon.Send.Portal.Web.LocalOffer;

public sealed record LocalOfferCategory(string Name, string Slug, string Description);

public sealed record AgeBand(string Value, string Label, int From, int To);

/// <summary>
/// The fixed lists a Local Offer page is described by: the categories families navigate by, who a page is for,
/// Devon's districts and the age bands the filters offer. Content files use the names exactly as written here.
/// </summary>
public static class LocalOfferTaxonomy
{
    public const int MaximumAge = 25;

    public const string AllAreas = "all";

    public static readonly IReadOnlyList<LocalOfferCategory> Categories =
    [
        new("Education", "education", "Support in nurseries, schools and colleges, choosing a school, and annual reviews."),
        new("Health", "health", "Health services, therapies and mental health support for children and young people."),
        new("Social care", "social-care", "Help at home, short breaks and support for parent carers."),
        new("Early years", "early-years", "Support for babies and young children before they start school."),
        new("Preparing for adulthood", "preparing-for-adulthood", "Planning for work, further learning, independent living and adult services."),
        new("Autism", "autism", "Assessment, everyday support and services for autistic children and young people."),
        new("Leisure and activities", "leisure-and-activities", "Clubs, holiday activities and things to do."),
        new("Money and benefits", "money-and-benefits", "Personal budgets, benefits and financial help for families."),
        new("Travel and transport", "travel-and-transport", "Getting to school or college, Blue Badges and learning to travel independently."),
        new("Support groups and advice", "support-groups-and-advice", "Impartial advice, the Parent Carer Forum and local groups."),
        new("Your rights", "your-rights", "EHC plans, assessments, the legal time limits, mediation and appeals."),
    ];

    public static readonly IReadOnlyList<string> Audiences = ["parents", "young people", "professionals"];

    public static readonly IReadOnlyList<string> Districts =
        ["East Devon", "Exeter", "Mid Devon", "North Devon", "South Hams", "Teignbridge", "Torridge", "West Devon"];

    public static readonly IReadOnlyList<AgeBand> AgeBands =
    [
        new("0-4", "0 to 4 (early years)", 0, 4),
        new("5-10", "5 to 10 (primary school age)", 5, 10),
        new("11-15", "11 to 15 (secondary school age)", 11, 15),
        new("16-18", "16 to 18", 16, 18),
        new("19-25", "19 to 25", 19, 25),
    ];

    public static LocalOfferCategory? CategoryNamed(string? name) =>
        Categories.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static LocalOfferCategory? CategoryWithSlug(string? slug) =>
        Categories.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    public static AgeBand? AgeBandWithValue(string? value) => AgeBands.FirstOrDefault(b => b.Value == value);

    public static string AudienceLabel(string audience) => audience switch
    {
        "parents" => "Parents and carers",
        "young people" => "Young people",
        "professionals" => "Professionals",
        _ => audience,
    };
}
