using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Devon.Send.Portal.Web.LocalOffer;

public sealed record ContactDetails(string? Name, string? Phone, string? Email, string? Website, string? Address)
{
    public static readonly ContactDetails None = new(null, null, null, null, null);
}

/// <summary>What a page that describes a service says about it, beyond what every page says.</summary>
public sealed record ServiceDetails(
    string Organisation,
    ContactDetails Contact,
    string Eligibility,
    string Cost,
    string HowToAccess,
    bool Illustrative,
    string Status = ServiceDetails.Active)
{
    public const string Active = "active";

    /// <summary>The Open Referral UK service statuses.</summary>
    public static readonly IReadOnlyList<string> Statuses = [Active, "inactive", "defunct", "temporarily closed"];
}

/// <summary>
/// One Local Offer page: its front matter and its Markdown text. This is the one shape of a page, whether it
/// was read from a file under <c>content/local-offer/</c> or written in the portal; <see cref="ToMarkdown"/>
/// writes it back as such a file.
/// </summary>
public sealed partial record LocalOfferDocument
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required LocalOfferCategory Category { get; init; }
    public required IReadOnlyList<string> Audiences { get; init; }
    public required int MinimumAge { get; init; }
    public required int MaximumAge { get; init; }

    /// <summary>Devon districts, or just <see cref="LocalOfferTaxonomy.AllAreas"/>.</summary>
    public required IReadOnlyList<string> Areas { get; init; }

    public required string Owner { get; init; }
    public required DateOnly LastReviewed { get; init; }
    public IReadOnlyList<string> Related { get; init; } = [];
    public ServiceDetails? Service { get; init; }
    public required string Body { get; init; }

    public bool CoversAllAreas => Areas.Contains(LocalOfferTaxonomy.AllAreas);

    public IReadOnlyList<string> Districts => CoversAllAreas ? LocalOfferTaxonomy.Districts : Areas;

    public bool IsDueForReview(DateOnly today) => today >= LastReviewed.AddYears(1);

    public DateOnly ReviewDue => LastReviewed.AddYears(1);

    public bool SuitsAges(int from, int to) => MinimumAge <= to && MaximumAge >= from;

    public bool Covers(string district) => CoversAllAreas || Areas.Contains(district);

    public string AgeRangeText => $"{MinimumAge}-{MaximumAge}";

    /// <summary>The file this page is kept in: front matter between two <c>---</c> lines, then the text.</summary>
    public string ToMarkdown()
    {
        var yaml = new StringBuilder();
        yaml.Append("---\n");
        Field(yaml, 0, "title", Title);
        Field(yaml, 0, "summary", Summary);
        Field(yaml, 0, "category", Category.Name);
        yaml.Append("audience: ").Append(List(Audiences)).Append('\n');
        yaml.Append("age_range: ").Append(AgeRangeText).Append('\n');
        yaml.Append("areas: ").Append(List(Areas)).Append('\n');
        Field(yaml, 0, "owner", Owner);
        yaml.Append("last_reviewed: ").Append(LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        if (Related.Count > 0)
        {
            yaml.Append("related: ").Append(List(Related)).Append('\n');
        }

        if (Service is { } service)
        {
            yaml.Append("service:\n");
            Field(yaml, 1, "organisation", service.Organisation);
            yaml.Append("  illustrative: ").Append(service.Illustrative ? "true" : "false").Append('\n');
            if (service.Status != ServiceDetails.Active)
            {
                Field(yaml, 1, "status", service.Status);
            }

            yaml.Append("  contact:\n");
            Field(yaml, 2, "name", service.Contact.Name);
            Field(yaml, 2, "phone", service.Contact.Phone);
            Field(yaml, 2, "email", service.Contact.Email);
            Field(yaml, 2, "website", service.Contact.Website);
            Field(yaml, 2, "address", service.Contact.Address);
            Field(yaml, 1, "eligibility", service.Eligibility);
            Field(yaml, 1, "cost", service.Cost);
            Field(yaml, 1, "how_to_access", service.HowToAccess);
        }

        yaml.Append("---\n\n");
        yaml.Append(Body.ReplaceLineEndings("\n").Trim('\n')).Append('\n');
        return yaml.ToString();
    }

    private static void Field(StringBuilder yaml, int depth, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            yaml.Append(' ', depth * 2).Append(name).Append(": ").Append(Scalar(value.Trim(), inList: false)).Append('\n');
        }
    }

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(i => Scalar(i, inList: true))) + "]";

    /// <summary>Plain where YAML reads it back unchanged, double-quoted otherwise.</summary>
    private static string Scalar(string value, bool inList)
    {
        if ((inList ? PlainListItem() : PlainScalar()).IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
            && value.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "null" or "on" or "off"))
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // Starts with a letter or digit, and holds nothing YAML gives a meaning to on a line of its own.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,;:’'()/\-–—?!£%+&@#=~_]*$")]
    private static partial Regex PlainScalar();

    // The same, without the commas and colons that separate or mean something inside [a, b].
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .’'()/\-–—?!£%+&@=~_]*$")]
    private static partial Regex PlainListItem();
}
