using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <summary>
/// The Local Offer's services as an Open Referral UK 3.0 feed: open to anyone, with no key, from any web site.
/// Every page with a <c>service</c> section is a service; its ids are derived from the page (see <see cref="OpenReferralIds"/>).
/// </summary>
public static class OpenReferral
{
    public const string BasePath = "/open-referral";
    public const string CorsPolicy = "OpenReferral";
    public const string CategoriesTaxonomy = "Devon Local Offer categories";
    public const string AudiencesTaxonomy = "Devon Local Offer audiences";
    public const int DefaultPageSize = 50;
    public const int MaximumPageSize = 500;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record ApiInfo(string Version, string Profile, string OpenapiUrl);

    public sealed record Page<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

    public sealed record Organization(Guid Id, string Name, string Description);

    public sealed record Contact(Guid Id, Guid ServiceId, string Name);

    public sealed record CostOption(Guid Id, Guid ServiceId, string AmountDescription);

    public sealed record Area(Guid Id, Guid ServiceId, string Name, [property: JsonPropertyName("service_area")] string Description);

    public sealed record TaxonomyTerm(Guid Id, string Name, string Description, string Term, string Taxonomy, Guid TaxonomyId);

    public sealed record TermLink(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, TaxonomyTerm TaxonomyTerm);

    public sealed record Taxonomy(Guid Id, string Name, string Description, IReadOnlyList<TaxonomyTerm>? TaxonomyTerms = null);

    public sealed record Service(
        Guid Id,
        Guid OrganizationId,
        string Name,
        string Description,
        string Url,
        string? Email,
        string Status,
        int MinimumAge,
        int MaximumAge,
        string AssuredDate,
        string? Alert,
        string LastModified,
        Organization Organization,
        IReadOnlyList<Area>? ServiceAreas = null,
        IReadOnlyList<Contact>? Contacts = null,
        IReadOnlyList<CostOption>? CostOptions = null,
        IReadOnlyList<TermLink>? Attributes = null);

    public static IReadOnlyList<Taxonomy> Taxonomies { get; } =
    [
        new(OpenReferralIds.Taxonomy(CategoriesTaxonomy), CategoriesTaxonomy, "The topics Devon's Local Offer is arranged by.",
            [.. LocalOfferTaxonomy.Categories.Select(c => Term(CategoriesTaxonomy, c.Name, c.Description))]),
        new(OpenReferralIds.Taxonomy(AudiencesTaxonomy), AudiencesTaxonomy, "Who a Local Offer service is for.",
            [.. LocalOfferTaxonomy.Audiences.Select(a => Term(AudiencesTaxonomy, a, $"For {LocalOfferTaxonomy.AudienceLabel(a).ToLowerInvariant()}."))]),
    ];

    public static IEnumerable<TaxonomyTerm> Terms => Taxonomies.SelectMany(t => t.TaxonomyTerms!);

    public static IEndpointRouteBuilder MapOpenReferral(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).AllowAnonymous().RequireCors(CorsPolicy);
        api.MapGet("/", () => Results.Json(
            new ApiInfo("3.0", "https://github.com/openreferral/uk-profile", "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"), Json));
        api.MapGet("/services", (HttpRequest request, LocalOfferLibrary library) => Services(request, library.Current));
        api.MapGet("/services/{id:guid}", (Guid id, HttpRequest request, LocalOfferLibrary library) =>
            library.Current.FindService(id) is { } page ? Results.Json(ToService(page, request, full: true), Json) : NotFound("service", id));
        api.MapGet("/taxonomies", (HttpRequest request) =>
            Paged(request, Taxonomies.Select(t => t with { TaxonomyTerms = null }).ToList()));
        api.MapGet("/taxonomies/{id:guid}", (Guid id) =>
            Taxonomies.FirstOrDefault(t => t.Id == id) is { } taxonomy ? Results.Json(taxonomy, Json) : NotFound("taxonomy", id));
        api.MapGet("/taxonomy_terms", (HttpRequest request) => Paged(request, Terms.ToList()));
        api.MapGet("/taxonomy_terms/{id:guid}", (Guid id) =>
            Terms.FirstOrDefault(t => t.Id == id) is { } term ? Results.Json(term, Json) : NotFound("taxonomy term", id));
        return app;
    }

    public static Service ToService(LocalOfferPage page, HttpRequest request, bool full)
    {
        var document = page.Document;
        var service = document.Service!;
        var id = page.Service!.Value;
        var organisation = new Organization(OpenReferralIds.Organisation(service.Organisation), service.Organisation, $"{service.Organisation} provides {document.Title} in Devon's Local Offer.");
        var pageUrl = $"{request.Scheme}://{request.Host}{page.Url}";
        var description = string.Join("\n\n", new[]
        {
            document.Summary,
            "Who it is for: " + service.Eligibility,
            "How to get it: " + service.HowToAccess,
            service.Contact.Phone is { } phone ? "Phone: " + phone : null,
            service.Contact.Address is { } address ? "Address: " + address : null,
            "More information: " + pageUrl,
        }.OfType<string>());
        var result = new Service(
            id,
            organisation.Id,
            document.Title,
            description,
            service.Contact.Website ?? pageUrl,
            service.Contact.Email,
            service.Status,
            document.MinimumAge,
            document.MaximumAge,
            document.LastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            service.Illustrative ? "This is an illustrative example in the Local Offer's demonstration content, not a real service." : null,
            page.LastModified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            organisation);
        if (!full)
        {
            return result;
        }

        var terms = new[] { ("category", TermFor(CategoriesTaxonomy, document.Category.Name)) }
            .Concat(document.Audiences.Select(a => ("audience", TermFor(AudiencesTaxonomy, a))));
        return result with
        {
            ServiceAreas = document.CoversAllAreas
                ? [new Area(OpenReferralIds.ServiceArea(page.Slug, "Devon"), id, "Devon", "All of Devon")]
                : [.. document.Areas.Select(d => new Area(OpenReferralIds.ServiceArea(page.Slug, d), id, d, d))],
            Contacts = [new Contact(OpenReferralIds.Contact(page.Slug), id, service.Contact.Name ?? service.Organisation)],
            CostOptions = [new CostOption(OpenReferralIds.CostOption(page.Slug), id, service.Cost)],
            Attributes = [.. terms.Select(t => new TermLink(OpenReferralIds.Attribute(page.Slug, t.Item2.Id), id, t.Item2.Id, t.Item1, t.Item2))],
        };
    }

    private static IResult Services(HttpRequest request, LocalOfferSnapshot snapshot)
    {
        var query = request.Query;
        var errors = new List<string>();
        var minimumAge = Integer(query, "minimum_age", 0, 120, errors);
        var maximumAge = Integer(query, "maximum_age", 0, 120, errors);
        Guid? termId = Identifier(query, "taxonomy_term_id", errors);
        Guid? taxonomyId = Identifier(query, "taxonomy_id", errors);
        DateTimeOffset? modifiedAfter = null;
        if (query["modified_after"] is [{ Length: > 0 } modified])
        {
            if (DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var after))
            {
                modifiedAfter = after;
            }
            else
            {
                errors.Add("modified_after must be a date and time, like 2026-11-01T00:00:00Z");
            }
        }

        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }

        var search = query["search"].ToString();
        var candidates = string.IsNullOrWhiteSpace(search)
            ? snapshot.Services
            : snapshot.Search.Rank(search).Where(p => p.Service is not null);
        var services = candidates
            .Where(p => minimumAge is null || p.Document.MaximumAge >= minimumAge)
            .Where(p => maximumAge is null || p.Document.MinimumAge <= maximumAge)
            .Where(p => modifiedAfter is null || p.LastModified >= modifiedAfter)
            .Where(p => termId is null || TermsOf(p.Document).Any(t => t.Id == termId))
            .Where(p => taxonomyId is null || TermsOf(p.Document).Any(t => t.TaxonomyId == taxonomyId))
            .Select(p => ToService(p, request, full: false))
            .ToList();
        return Paged(request, services);
    }

    private static IResult Paged<T>(HttpRequest request, IReadOnlyList<T> items)
    {
        var errors = new List<string>();
        var page = Integer(request.Query, "page", 1, int.MaxValue, errors) ?? 1;
        var perPage = Integer(request.Query, "per_page", 1, MaximumPageSize, errors) ?? DefaultPageSize;
        if (errors.Count > 0)
        {
            return BadRequest(errors);
        }

        var totalPages = (items.Count + perPage - 1) / perPage;
        var contents = items.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * perPage)).Take(perPage).ToList();
        return Results.Json(new Page<T>(items.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents), Json);
    }

    private static IEnumerable<TaxonomyTerm> TermsOf(LocalOfferDocument document) =>
        document.Audiences.Select(a => TermFor(AudiencesTaxonomy, a)).Append(TermFor(CategoriesTaxonomy, document.Category.Name));

    private static TaxonomyTerm TermFor(string taxonomy, string term) => Terms.Single(t => t.Taxonomy == taxonomy && t.Term == term);

    private static TaxonomyTerm Term(string taxonomy, string term, string description) =>
        new(OpenReferralIds.TaxonomyTerm(taxonomy, term), term, description, term, taxonomy, OpenReferralIds.Taxonomy(taxonomy));

    private static int? Integer(IQueryCollection query, string name, int minimum, int maximum, List<string> errors)
    {
        if (query[name] is not [{ Length: > 0 } text])
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        errors.Add($"{name} must be a whole number from {minimum}{(maximum == int.MaxValue ? " up" : $" to {maximum}")}");
        return null;
    }

    private static Guid? Identifier(IQueryCollection query, string name, List<string> errors)
    {
        if (query[name] is not [{ Length: > 0 } text])
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        errors.Add($"{name} must be a UUID");
        return null;
    }

    // A body of its own, so the portal's HTML error pages never replace the feed's JSON.
    private static IResult BadRequest(IReadOnlyList<string> errors) =>
        Results.Json(new { status = 400, errors }, Json, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound(string what, Guid id) =>
        Results.Json(new { status = 404, error = $"There is no {what} with id {id}" }, Json, statusCode: StatusCodes.Status404NotFound);
}
