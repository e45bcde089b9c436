using System.Globalization;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.GovUk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <summary>A problem in a content file, where a writer can find it.</summary>
public sealed record ContentProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>A link from a page to another Local Offer address, to be checked once every page is known.</summary>
public sealed record InternalLink(string Path, int Line);

/// <summary>What reading one file gave: the page (when it has no problems of its own), the problems and its links.</summary>
public sealed record ParsedPage(string Slug, string File, LocalOfferDocument? Document, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<InternalLink> Links)
{
    /// <summary>The line of the <c>related</c> field, where a related page that does not exist is reported.</summary>
    public int RelatedLine { get; init; } = 1;
}

/// <summary>
/// Reads a Local Offer page: YAML front matter between two <c>---</c> lines, then Markdown. Every problem is
/// reported with its line, in words a content writer can act on; a page with any problem is not published.
/// </summary>
public static partial class LocalOfferParser
{
    public const string PathPrefix = "/local-offer/";

    /// <summary>Addresses under /local-offer/ that are the Local Offer's own pages, so no content page may take them.</summary>
    public static readonly IReadOnlyList<string> ReservedSlugs = ["a-z", "search", "category", "editor", "feedback", "index"];

    private static readonly string[] TopFields = ["title", "summary", "category", "audience", "age_range", "areas", "owner", "last_reviewed", "related", "service"];
    private static readonly string[] ServiceFields = ["organisation", "illustrative", "status", "contact", "eligibility", "cost", "how_to_access"];
    private static readonly string[] ContactFields = ["name", "phone", "email", "website", "address"];

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug) && !ReservedSlugs.Contains(slug);

    public static ParsedPage Parse(string text, string file)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        var reader = new Reader(file);
        if (!SlugPattern().IsMatch(slug))
        {
            reader.Problem(1, $"The file name '{Path.GetFileName(file)}' must be lower-case words joined by hyphens, ending .md, like annual-reviews.md: it becomes the page's address");
        }
        else if (ReservedSlugs.Contains(slug))
        {
            reader.Problem(1, $"'{slug}' is an address the Local Offer uses for its own pages: choose another file name");
        }

        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            reader.Problem(1, "The file must start with a line of three dashes (---), then the front matter, then another line of ---");
            return reader.Result(slug, null, []);
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            reader.Problem(1, "The front matter has no closing line of three dashes (---)");
            return reader.Result(slug, null, []);
        }

        var body = string.Join('\n', lines[(close + 1)..]).Trim('\n');
        var bodyStart = close + 2 + CountLeadingBlankLines(lines, close + 1);
        var rendered = GovUkMarkdown.Render(body, LocalOfferPage.HeadingLevel);
        var links = LinksIn(rendered, bodyStart, reader);
        for (var i = close + 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("# ", StringComparison.Ordinal))
            {
                reader.Problem(i + 1, "Start headings with ## (or ### for smaller ones): the page's title is its only top-level heading");
            }
        }

        if (body.Length == 0)
        {
            reader.Problem(close + 1, "The page has no text after the front matter");
        }

        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(string.Join('\n', lines[1..close])));
        }
        catch (YamlException e)
        {
            reader.Problem(1 + (int)e.Start.Line, "The front matter is not valid YAML: " + WithoutPosition(e.Message).TrimEnd('.') + QuotingHint(e));
            return reader.Result(slug, null, links);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Problem(2, "The front matter must be a list of fields, one a line, like title: What an EHC plan is");
            return reader.Result(slug, null, links);
        }

        var fields = reader.Fields(root, TopFields, "");
        var title = reader.Text(fields, "title", root, maxLength: 120);
        var summary = reader.Text(fields, "summary", root, maxLength: 300);
        var category = reader.Category(fields, root);
        var audiences = reader.Choices(fields, "audience", root, LocalOfferTaxonomy.Audiences, "parents, young people or professionals");
        var ages = reader.Ages(fields, root);
        var areas = reader.Areas(fields, root);
        var owner = reader.Text(fields, "owner", root, maxLength: 200);
        var reviewed = reader.Date(fields, "last_reviewed", root);
        var related = reader.Related(fields, slug);
        var service = fields.TryGetValue("service", out var serviceNode) ? reader.Service(serviceNode) : null;

        if (reader.HasProblems)
        {
            return reader.Result(slug, null, links);
        }

        var document = new LocalOfferDocument
        {
            Title = title!,
            Summary = summary!,
            Category = category!,
            Audiences = audiences,
            MinimumAge = ages!.Value.From,
            MaximumAge = ages.Value.To,
            Areas = areas,
            Owner = owner!,
            LastReviewed = reviewed!.Value,
            Related = related,
            Service = service,
            Body = body,
        };
        return reader.Result(slug, document, links);
    }

    /// <summary>Checks that every page's links and related pages lead to a page that exists.</summary>
    public static IReadOnlyList<ContentProblem> CheckLinks(IReadOnlyList<ParsedPage> pages, IReadOnlySet<string> slugs)
    {
        var problems = new List<ContentProblem>();
        foreach (var page in pages)
        {
            var start = problems.Count;
            foreach (var link in page.Links)
            {
                if (!LeadsSomewhere(link.Path, slugs))
                {
                    problems.Add(new ContentProblem(page.File, link.Line, $"The link to {link.Path} leads to no Local Offer page"));
                }
            }

            foreach (var related in page.Document?.Related ?? [])
            {
                if (!slugs.Contains(related))
                {
                    problems.Add(new ContentProblem(page.File, page.RelatedLine, $"related: there is no page called '{related}'"));
                }
            }

            problems.Sort(start, problems.Count - start, Comparer<ContentProblem>.Create((a, b) => a.Line.CompareTo(b.Line)));
        }

        return problems;
    }

    private static bool LeadsSomewhere(string path, IReadOnlySet<string> slugs)
    {
        var rest = path[PathPrefix.Length..].Split('?', '#')[0].TrimEnd('/');
        return rest.Length == 0 || rest is "a-z" or "search" || slugs.Contains(rest)
            || (rest.StartsWith("category/", StringComparison.Ordinal) && LocalOfferTaxonomy.CategoryWithSlug(rest["category/".Length..]) is not null);
    }

    private static List<InternalLink> LinksIn(RenderedMarkdown rendered, int bodyStart, Reader reader)
    {
        var links = new List<InternalLink>();
        foreach (var link in rendered.RefusedLinks)
        {
            reader.Problem(bodyStart + link.Line - 1,
                $"The link to '{link.Url}' is not allowed and shows as plain text: link only to https, http, mailto and tel addresses, or to pages of the portal like /local-offer/annual-reviews");
        }

        foreach (var link in rendered.Links)
        {
            var line = bodyStart + link.Line - 1;
            if (link.Url == "/local-offer" || link.Url.StartsWith(PathPrefix, StringComparison.Ordinal))
            {
                links.Add(new InternalLink(link.Url == "/local-offer" ? PathPrefix : link.Url, line));
            }
            else if (!link.Url.Contains(':', StringComparison.Ordinal) && !link.Url.StartsWith('/') && !link.Url.StartsWith('#'))
            {
                reader.Problem(line, $"The link to '{link.Url}' is relative: write links to other pages in full, like /local-offer/annual-reviews");
            }
        }

        return links;
    }

    private static int CountLeadingBlankLines(string[] lines, int from)
    {
        var count = 0;
        while (from + count < lines.Length && lines[from + count].Trim().Length == 0)
        {
            count++;
        }

        return count;
    }

    private static string WithoutPosition(string message)
    {
        var end = message.LastIndexOf("): ", StringComparison.Ordinal);
        return end >= 0 ? message[(end + 3)..] : message;
    }

    private static string QuotingHint(YamlException e) =>
        e.Message.Contains("not allowed", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("mapping", StringComparison.OrdinalIgnoreCase)
            ? ". If a value contains a colon followed by a space, put the value in double quotes"
            : "";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\s*(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*$")]
    private static partial Regex AgeRangePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    /// <summary>Collects problems for one file, with lines counted from the top of the file.</summary>
    private sealed class Reader(string file)
    {
        private readonly List<ContentProblem> _problems = [];

        public bool HasProblems => _problems.Count > 0;

        public void Problem(int line, string message) => _problems.Add(new ContentProblem(file, line, message));

        private int _relatedLine = 1;

        public ParsedPage Result(string slug, LocalOfferDocument? document, IReadOnlyList<InternalLink> links) =>
            new(slug, file, HasProblems ? null : document, _problems.OrderBy(p => p.Line).ToList(), links) { RelatedLine = _relatedLine };

        // The front matter starts on the file's second line.
        private static int LineOf(YamlNode node) => (int)node.Start.Line + 1;

        public Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string[] known, string prefix)
        {
            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(name))
                {
                    Problem(LineOf(key), $"Unknown field '{prefix}{name}': the fields are {string.Join(", ", known)}");
                }
                else
                {
                    fields[name] = value;
                }
            }

            return fields;
        }

        public string? Text(Dictionary<string, YamlNode> fields, string name, YamlNode parent, int maxLength, string prefix = "", bool required = true)
        {
            if (!fields.TryGetValue(name, out var node) || node is YamlScalarNode { Value: null or "" })
            {
                if (required)
                {
                    Problem(LineOf(parent), $"{prefix}{name} is missing");
                }

                return null;
            }

            if (node is not YamlScalarNode scalar)
            {
                Problem(LineOf(node), $"{prefix}{name} must be text on one line, not a list");
                return null;
            }

            var value = scalar.Value!.Trim();
            if (value.Length > maxLength)
            {
                Problem(LineOf(node), $"{prefix}{name} must be {maxLength} characters or fewer (it is {value.Length})");
            }

            return value;
        }

        public LocalOfferCategory? Category(Dictionary<string, YamlNode> fields, YamlNode root)
        {
            var name = Text(fields, "category", root, 100);
            if (name is null)
            {
                return null;
            }

            var category = LocalOfferTaxonomy.CategoryNamed(name);
            if (category is null)
            {
                Problem(LineOf(fields["category"]), $"Unknown category '{name}': use one of {string.Join(", ", LocalOfferTaxonomy.Categories.Select(c => c.Name))}");
            }

            return category;
        }

        public List<string> Choices(Dictionary<string, YamlNode> fields, string name, YamlNode parent, IReadOnlyList<string> allowed, string described)
        {
            var values = Items(fields, name, parent);
            var chosen = new List<string>();
            foreach (var (value, node) in values)
            {
                var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    Problem(LineOf(node), $"{name}: '{value}' is not one of {described}");
                }
                else if (!chosen.Contains(match))
                {
                    chosen.Add(match);
                }
            }

            return [.. allowed.Where(chosen.Contains)];
        }

        public List<string> Areas(Dictionary<string, YamlNode> fields, YamlNode root)
        {
            var values = Items(fields, "areas", root);
            if (values.Any(v => string.Equals(v.Value, LocalOfferTaxonomy.AllAreas, StringComparison.OrdinalIgnoreCase)))
            {
                if (values.Count > 1)
                {
                    Problem(LineOf(fields["areas"]), "areas: write either all, or the districts the page covers, not both");
                }

                return [LocalOfferTaxonomy.AllAreas];
            }

            var districts = Choices(fields, "areas", root, LocalOfferTaxonomy.Districts, "Devon's districts (" + string.Join(", ", LocalOfferTaxonomy.Districts) + ") or all");
            return districts.Count == LocalOfferTaxonomy.Districts.Count ? [LocalOfferTaxonomy.AllAreas] : districts;
        }

        public List<string> Related(Dictionary<string, YamlNode> fields, string slug)
        {
            if (!fields.TryGetValue("related", out var list))
            {
                return [];
            }

            _relatedLine = LineOf(list);
            var related = new List<string>();
            foreach (var (value, node) in Items(fields, "related", list))
            {
                var target = value.StartsWith(PathPrefix, StringComparison.Ordinal) ? value[PathPrefix.Length..] : value;
                if (!SlugPattern().IsMatch(target) || target == slug)
                {
                    Problem(LineOf(node), $"related: '{value}' must be the file name of another page, without .md, like annual-reviews");
                }
                else if (!related.Contains(target))
                {
                    related.Add(target);
                }
            }

            return related;
        }

        public (int From, int To)? Ages(Dictionary<string, YamlNode> fields, YamlNode root)
        {
            var text = Text(fields, "age_range", root, 20);
            if (text is null)
            {
                return null;
            }

            var match = AgeRangePattern().Match(text);
            var from = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
            var to = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : -1;
            if (!match.Success || from > to || to > LocalOfferTaxonomy.MaximumAge)
            {
                Problem(LineOf(fields["age_range"]), $"age_range must be two ages from 0 to {LocalOfferTaxonomy.MaximumAge}, youngest first, like 0-25 or 16-25");
                return null;
            }

            return (from, to);
        }

        public DateOnly? Date(Dictionary<string, YamlNode> fields, string name, YamlNode root)
        {
            var text = Text(fields, name, root, 20);
            if (text is null)
            {
                return null;
            }

            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Problem(LineOf(fields[name]), $"{name} must be a date written like 2026-11-22");
                return null;
            }

            return date;
        }

        public ServiceDetails? Service(YamlNode node)
        {
            if (node is not YamlMappingNode mapping)
            {
                Problem(LineOf(node), "service must be a group of fields, each indented under it: organisation, contact, eligibility, cost, how_to_access, illustrative");
                return null;
            }

            var fields = Fields(mapping, ServiceFields, "service.");
            var organisation = Text(fields, "organisation", node, 200, "service.");
            var eligibility = Text(fields, "eligibility", node, 1000, "service.");
            var cost = Text(fields, "cost", node, 500, "service.");
            var access = Text(fields, "how_to_access", node, 1000, "service.");
            var status = Text(fields, "status", node, 30, "service.", required: false) ?? ServiceDetails.Active;
            if (!ServiceDetails.Statuses.Contains(status))
            {
                Problem(LineOf(fields["status"]), $"service.status must be one of {string.Join(", ", ServiceDetails.Statuses)}");
            }

            var illustrative = Text(fields, "illustrative", node, 5, "service.");
            if (illustrative is not (null or "true" or "false"))
            {
                Problem(LineOf(fields["illustrative"]), "service.illustrative must be true (a made-up example service) or false (a real one)");
            }

            ContactDetails? contact = null;
            if (!fields.TryGetValue("contact", out var contactNode))
            {
                Problem(LineOf(node), "service.contact is missing: give at least a phone number, an email address or a website");
            }
            else if (contactNode is not YamlMappingNode contactMapping)
            {
                Problem(LineOf(contactNode), "service.contact must be a group of fields: name, phone, email, website, address");
            }
            else
            {
                var c = Fields(contactMapping, ContactFields, "service.contact.");
                contact = new ContactDetails(
                    Text(c, "name", contactNode, 200, "service.contact.", required: false),
                    Text(c, "phone", contactNode, 50, "service.contact.", required: false),
                    Text(c, "email", contactNode, 256, "service.contact.", required: false),
                    Text(c, "website", contactNode, 500, "service.contact.", required: false),
                    Text(c, "address", contactNode, 300, "service.contact.", required: false));
                if (contact.Phone is null && contact.Email is null && contact.Website is null)
                {
                    Problem(LineOf(contactNode), "service.contact needs at least a phone number, an email address or a website");
                }

                if (contact.Email is { } email && !EmailPattern().IsMatch(email))
                {
                    Problem(LineOf(c["email"]), $"service.contact.email '{email}' is not an email address");
                }

                if (contact.Website is { } website && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
                {
                    Problem(LineOf(c["website"]), $"service.contact.website '{website}' must be a full web address starting https://");
                }
            }

            return organisation is null || eligibility is null || cost is null || access is null || contact is null || illustrative is null
                ? null
                : new ServiceDetails(organisation, contact, eligibility, cost, access, illustrative == "true", status);
        }

        private List<(string Value, YamlNode Node)> Items(Dictionary<string, YamlNode> fields, string name, YamlNode parent)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                Problem(LineOf(parent), $"{name} is missing");
                return [];
            }

            var items = node switch
            {
                YamlSequenceNode sequence => sequence.Children.ToList(),
                YamlScalarNode => [node],
                _ => [],
            };
            var values = new List<(string, YamlNode)>();
            foreach (var item in items)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } value })
                {
                    values.Add((value.Trim(), item));
                }
                else
                {
                    Problem(LineOf(item), $"{name} must be a list of words, like [parents, young people]");
                }
            }

            if (values.Count == 0 && items.Count == 0)
            {
                Problem(LineOf(node), $"{name} must list at least one value, like [parents, young people]");
            }

            return values;
        }
    }
}
