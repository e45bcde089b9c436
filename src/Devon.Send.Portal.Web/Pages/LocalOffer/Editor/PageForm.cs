using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>
/// A Local Offer page as an editor fills it in: the front matter as questions, the text as Markdown. It turns
/// into the same <see cref="LocalOfferDocument"/> a content file does, checked by the same parser.
/// </summary>
public sealed partial class PageForm
{
    public const string Prefix = "Form.";

    public static readonly IReadOnlyList<(string Value, string Label)> CategoryOptions =
        [("", "Choose a topic"), .. LocalOfferTaxonomy.Categories.Select(c => (c.Slug, c.Name))];

    public static readonly IReadOnlyList<(string Value, string Label)> AudienceOptions =
        [.. LocalOfferTaxonomy.Audiences.Select(a => (a, LocalOfferTaxonomy.AudienceLabel(a)))];

    public static readonly IReadOnlyList<(string Value, string Label)> AreaOptions =
        [(LocalOfferTaxonomy.AllAreas, "All of Devon"), .. LocalOfferTaxonomy.Districts.Select(d => (d, d))];

    public static readonly IReadOnlyList<(string Value, string Label)> YesNo = [("yes", "Yes"), ("no", "No")];

    public static readonly IReadOnlyList<(string Value, string Label)> IllustrativeOptions =
        [("yes", "An illustrative example (made up, to show how service pages work)"), ("no", "A real service")];

    public static readonly IReadOnlyList<(string Value, string Label)> StatusOptions =
        [.. ServiceDetails.Statuses.Select(s => (s, char.ToUpperInvariant(s[0]) + s[1..]))];

    [Required(ErrorMessage = "Enter a title")]
    [StringLength(120, ErrorMessage = "Title must be 120 characters or fewer")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter a summary")]
    [StringLength(300, ErrorMessage = "Summary must be 300 characters or fewer")]
    [Display(Name = "Summary")]
    public string? Summary { get; set; }

    [Display(Name = "Topic")]
    public string? Category { get; set; }

    public List<string> Audiences { get; set; } = [];

    [Display(Name = "Youngest age")]
    public string? MinimumAge { get; set; }

    [Display(Name = "Oldest age")]
    public string? MaximumAge { get; set; }

    public List<string> Areas { get; set; } = [];

    [Required(ErrorMessage = "Enter who owns the page")]
    [StringLength(200, ErrorMessage = "Page owner must be 200 characters or fewer")]
    [Display(Name = "Page owner")]
    public string? Owner { get; set; }

    [StringLength(500, ErrorMessage = "Related pages must be 500 characters or fewer")]
    [Display(Name = "Related pages (optional)")]
    public string? Related { get; set; }

    public string? IsService { get; set; } = "no";

    [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
    [Display(Name = "Organisation that runs it")]
    public string? Organisation { get; set; }

    public string? Illustrative { get; set; }

    public string? Status { get; set; } = ServiceDetails.Active;

    [StringLength(200, ErrorMessage = "Contact name must be 200 characters or fewer")]
    [Display(Name = "Contact name or team (optional)")]
    public string? ContactName { get; set; }

    [StringLength(50, ErrorMessage = "Phone number must be 50 characters or fewer")]
    [Display(Name = "Phone number")]
    public string? Phone { get; set; }

    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [StringLength(500, ErrorMessage = "Website must be 500 characters or fewer")]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(300, ErrorMessage = "Address must be 300 characters or fewer")]
    [Display(Name = "Address (optional)")]
    public string? Address { get; set; }

    [StringLength(1000, ErrorMessage = "Who it is for must be 1,000 characters or fewer")]
    [Display(Name = "Who it is for")]
    public string? Eligibility { get; set; }

    [StringLength(500, ErrorMessage = "Cost must be 500 characters or fewer")]
    [Display(Name = "Cost")]
    public string? Cost { get; set; }

    [StringLength(1000, ErrorMessage = "How to get it must be 1,000 characters or fewer")]
    [Display(Name = "How to get it")]
    public string? HowToAccess { get; set; }

    [Required(ErrorMessage = "Enter the text of the page")]
    [StringLength(50_000, ErrorMessage = "The text must be 50,000 characters or fewer")]
    [Display(Name = "Text of the page")]
    public string? Body { get; set; }

    public static PageForm From(LocalOfferDocument document) => new()
    {
        Title = document.Title,
        Summary = document.Summary,
        Category = document.Category.Slug,
        Audiences = [.. document.Audiences],
        MinimumAge = document.MinimumAge.ToString(CultureInfo.InvariantCulture),
        MaximumAge = document.MaximumAge.ToString(CultureInfo.InvariantCulture),
        Areas = [.. document.Areas],
        Owner = document.Owner,
        Related = string.Join(", ", document.Related),
        IsService = document.Service is null ? "no" : "yes",
        Organisation = document.Service?.Organisation,
        Illustrative = document.Service is null ? null : document.Service.Illustrative ? "yes" : "no",
        Status = document.Service?.Status ?? ServiceDetails.Active,
        ContactName = document.Service?.Contact.Name,
        Phone = document.Service?.Contact.Phone,
        Email = document.Service?.Contact.Email,
        Website = document.Service?.Contact.Website,
        Address = document.Service?.Contact.Address,
        Eligibility = document.Service?.Eligibility,
        Cost = document.Service?.Cost,
        HowToAccess = document.Service?.HowToAccess,
        Body = document.Body,
    };

    /// <summary>The page the answers describe, or null with every problem in the model state.</summary>
    public LocalOfferDocument? ToDocument(string slug, DateOnly lastReviewed, LocalOfferSnapshot content, ModelStateDictionary errors)
    {
        void Error(string field, string message) => errors.AddModelError(Prefix + field, message);

        var category = LocalOfferTaxonomy.CategoryWithSlug(Category);
        if (category is null)
        {
            Error(nameof(Category), "Choose the topic the page belongs to");
        }

        var audiences = LocalOfferTaxonomy.Audiences.Where(Audiences.Contains).ToList();
        if (audiences.Count == 0)
        {
            Error(nameof(Audiences), "Select who the page is for");
        }

        var youngest = Age(MinimumAge, nameof(MinimumAge), "youngest", errors);
        var oldest = Age(MaximumAge, nameof(MaximumAge), "oldest", errors);
        if (youngest > oldest)
        {
            Error(nameof(MaximumAge), "The oldest age must be the same as or more than the youngest age");
        }

        List<string> areas = Areas.Contains(LocalOfferTaxonomy.AllAreas) ? [LocalOfferTaxonomy.AllAreas] : [.. LocalOfferTaxonomy.Districts.Where(Areas.Contains)];
        if (areas.Count == 0)
        {
            Error(nameof(Areas), "Select the areas the page covers, or All of Devon");
        }
        else if (areas.Count == LocalOfferTaxonomy.Districts.Count)
        {
            areas = [LocalOfferTaxonomy.AllAreas];
        }

        var related = new List<string>();
        foreach (var name in Separator().Split(Related ?? "").Where(s => s.Length > 0))
        {
            var target = name.StartsWith(LocalOfferParser.PathPrefix, StringComparison.Ordinal) ? name[LocalOfferParser.PathPrefix.Length..] : name;
            if (target == slug || content.Find(target) is null)
            {
                Error(nameof(Related), $"There is no other page at /local-offer/{target}: enter the addresses of other pages, like annual-reviews");
            }
            else if (!related.Contains(target))
            {
                related.Add(target);
            }
        }

        var service = IsService == "yes" ? Service(errors) : null;
        if (!errors.IsValid || category is null)
        {
            return null;
        }

        var document = new LocalOfferDocument
        {
            Title = Title!.Trim(),
            Summary = Summary!.Trim(),
            Category = category,
            Audiences = audiences,
            MinimumAge = youngest!.Value,
            MaximumAge = oldest!.Value,
            Areas = areas,
            Owner = Owner!.Trim(),
            LastReviewed = lastReviewed,
            Related = related,
            Service = service,
            Body = Body!.ReplaceLineEndings("\n").Trim(),
        };

        // The same check as a content file gets, links included, so nothing published here could fail it.
        var parsed = LocalOfferParser.Parse(document.ToMarkdown(), slug + ".md");
        var known = content.Pages.Select(p => p.Slug).Append(slug).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in parsed.Problems.Concat(LocalOfferParser.CheckLinks([parsed], known)))
        {
            errors.AddModelError(problem.Message.Contains("link", StringComparison.OrdinalIgnoreCase) ? Prefix + nameof(Body) : "", problem.Message);
        }

        return errors.IsValid ? document : null;
    }

    private ServiceDetails? Service(ModelStateDictionary errors)
    {
        void Required(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.AddModelError(Prefix + field, message);
            }
        }

        Required(Organisation, nameof(Organisation), "Enter the organisation that runs the service");
        Required(Eligibility, nameof(Eligibility), "Enter who the service is for");
        Required(Cost, nameof(Cost), "Enter what the service costs, or Free");
        Required(HowToAccess, nameof(HowToAccess), "Enter how to get the service");
        if (Illustrative is not ("yes" or "no"))
        {
            errors.AddModelError(Prefix + nameof(Illustrative), "Select whether this is a real service or an illustrative example");
        }

        if (!ServiceDetails.Statuses.Contains(Status ?? ""))
        {
            errors.AddModelError(Prefix + nameof(Status), "Select whether the service is running");
        }

        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Website))
        {
            errors.AddModelError(Prefix + nameof(Phone), "Enter at least a phone number, an email address or a website");
        }

        if (!string.IsNullOrWhiteSpace(Website) && !(Uri.TryCreate(Website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.AddModelError(Prefix + nameof(Website), "Enter a full web address, starting https://");
        }

        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        return new ServiceDetails(
            Organisation?.Trim() ?? "",
            new ContactDetails(Clean(ContactName), Clean(Phone), Clean(Email), Clean(Website), Clean(Address)),
            Eligibility?.Trim() ?? "",
            Cost?.Trim() ?? "",
            HowToAccess?.Trim() ?? "",
            Illustrative == "yes",
            Status ?? ServiceDetails.Active);
    }

    private static int? Age(string? text, string field, string which, ModelStateDictionary errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= LocalOfferTaxonomy.MaximumAge)
        {
            return age;
        }

        errors.AddModelError(Prefix + field, $"Enter the {which} age as a whole number from 0 to {LocalOfferTaxonomy.MaximumAge}");
        return null;
    }

    [GeneratedRegex(@"[,\s]+")]
    private static partial Regex Separator();
}
