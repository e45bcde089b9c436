using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.UnitTests.LocalOffer;

public sealed class LocalOfferParserTests
{
    [Fact]
    public void A_page_with_every_field_is_read_into_one_document()
    {
        var source = ContentSamples.Page(
            audience: "[parents, Young People]",
            ages: "5 to 16",
            areas: "[Exeter, Torridge]",
            extra: "related: [annual-reviews, /local-offer/mediation]");

        var parsed = LocalOfferParser.Parse(source, "short-breaks.md");

        Assert.Empty(parsed.Problems);
        var page = parsed.Document!;
        Assert.Equal("short-breaks", parsed.Slug);
        Assert.Equal("Short breaks", page.Title);
        Assert.Equal("Social care", page.Category.Name);
        Assert.Equal(["parents", "young people"], page.Audiences);
        Assert.Equal((5, 16), (page.MinimumAge, page.MaximumAge));
        Assert.Equal(["Exeter", "Torridge"], page.Areas);
        Assert.Equal(new DateOnly(2026, 6, 1), page.LastReviewed);
        Assert.Equal(["annual-reviews", "mediation"], page.Related);
        Assert.Equal("Some text about short breaks.", page.Body);
        Assert.Null(page.Service);
    }

    [Fact]
    public void Broken_YAML_is_reported_on_its_own_line_with_a_hint()
    {
        var source = "---\ntitle: Short breaks\nsummary: Breaks: what they are\ncategory: Social care\n---\n\nText";

        var parsed = LocalOfferParser.Parse(source, "short-breaks.md");

        Assert.Null(parsed.Document);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Contains("double quotes", problem.Message, StringComparison.Ordinal);
        Assert.Equal("short-breaks.md:3: " + problem.Message, problem.ToString());
    }

    [Fact]
    public void An_unknown_category_is_reported_on_its_line_with_the_categories_allowed()
    {
        var parsed = LocalOfferParser.Parse(ContentSamples.Page(category: "Sports"), "short-breaks.md");

        Assert.Null(parsed.Document);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("Unknown category 'Sports': use one of Education, Health,", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: Short breaks\n", "title is missing")]
    [InlineData("owner: Devon Parent Carer Forum\n", "owner is missing")]
    [InlineData("last_reviewed: 2026-06-01\n", "last_reviewed is missing")]
    public void A_missing_required_field_is_named(string line, string message)
    {
        var parsed = LocalOfferParser.Parse(ContentSamples.Page().Replace(line, "", StringComparison.Ordinal), "short-breaks.md");

        Assert.Contains(parsed.Problems, p => p.Message == message);
        Assert.Null(parsed.Document);
    }

    [Theory]
    [InlineData("audience", "[parents, grandparents]", 5, "audience: 'grandparents' is not one of parents, young people or professionals")]
    [InlineData("ages", "12-5", 6, "age_range must be two ages from 0 to 25, youngest first, like 0-25 or 16-25")]
    [InlineData("ages", "0-30", 6, "age_range must be two ages from 0 to 25, youngest first, like 0-25 or 16-25")]
    [InlineData("areas", "[Exeter, Plymouth]", 7, "areas: 'Plymouth' is not one of Devon's districts")]
    [InlineData("reviewed", "22/11/2026", 9, "last_reviewed must be a date written like 2026-11-22")]
    public void A_bad_value_is_reported_on_its_line(string field, string value, int line, string message)
    {
        var source = field switch
        {
            "audience" => ContentSamples.Page(audience: value),
            "ages" => ContentSamples.Page(ages: value),
            "areas" => ContentSamples.Page(areas: value),
            _ => ContentSamples.Page(reviewed: value),
        };

        var problem = Assert.Single(LocalOfferParser.Parse(source, "short-breaks.md").Problems);

        Assert.Equal(line, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_reported_so_a_misspelling_is_not_silently_ignored()
    {
        var problem = Assert.Single(LocalOfferParser.Parse(ContentSamples.Page(extra: "sumary: oops"), "short-breaks.md").Problems);

        Assert.Equal(10, problem.Line);
        Assert.StartsWith("Unknown field 'sumary'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no front matter at all", 1, "The file must start with a line of three dashes")]
    [InlineData("---\ntitle: Never closed\n", 1, "The front matter has no closing line")]
    public void A_file_without_front_matter_is_reported(string source, int line, string message)
    {
        var problem = Assert.Single(LocalOfferParser.Parse(source, "page.md").Problems);

        Assert.Equal(line, problem.Line);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Short_Breaks.md")]
    [InlineData("search.md")]
    [InlineData("a-z.md")]
    public void A_file_name_that_cannot_be_an_address_is_reported(string file)
    {
        var parsed = LocalOfferParser.Parse(ContentSamples.Page(), file);

        Assert.Null(parsed.Document);
        Assert.Equal(1, Assert.Single(parsed.Problems).Line);
    }

    [Fact]
    public void A_top_level_heading_or_a_relative_link_in_the_text_is_reported_on_its_line()
    {
        var parsed = LocalOfferParser.Parse(ContentSamples.Page(body: "Intro.\n\n# Too big\n\nSee [reviews](annual-reviews)."), "short-breaks.md");

        Assert.Equal([15, 17], parsed.Problems.Select(p => p.Line));
        Assert.Contains("##", parsed.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("/local-offer/annual-reviews", parsed.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_address_that_is_not_allowed_is_reported_on_its_line_whatever_its_form()
    {
        var parsed = LocalOfferParser.Parse(ContentSamples.Page(body: "Intro.\n\nSee [this](javascript:alert(1)).\n\nOr <data:text/html,hello>."), "short-breaks.md");

        Assert.Equal([15, 17], parsed.Problems.Select(p => p.Line));
        Assert.Contains("'javascript:alert(1)' is not allowed", parsed.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'data:text/html,hello' is not allowed", parsed.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_and_related_pages_that_lead_nowhere_are_reported_with_their_lines()
    {
        var parsed = LocalOfferParser.Parse(
            ContentSamples.Page(extra: "related: [no-such-page]", body: "See [reviews](/local-offer/annual-reviews) and [this](/local-offer/gone)."),
            "short-breaks.md");

        var problems = LocalOfferParser.CheckLinks([parsed], new HashSet<string> { "short-breaks", "annual-reviews" });

        Assert.Equal(
            ["short-breaks.md:10: related: there is no page called 'no-such-page'", "short-breaks.md:13: The link to /local-offer/gone leads to no Local Offer page"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_service_needs_its_organisation_contact_eligibility_cost_and_how_to_get_it()
    {
        var noContact = "service:\n  organisation: Example Trust\n  illustrative: maybe\n  contact:\n    name: Reception";
        var badEmail = "service:\n  organisation: Example Trust\n  illustrative: true\n  contact:\n    email: not-an-email\n    website: javascript:alert(1)";

        var messages = LocalOfferParser.Parse(ContentSamples.Page(extra: noContact), "club.md").Problems.Select(p => p.Message).ToList();
        var contactMessages = LocalOfferParser.Parse(ContentSamples.Page(extra: badEmail), "club.md").Problems.Select(p => p.Message).ToList();

        Assert.Contains("service.eligibility is missing", messages);
        Assert.Contains("service.cost is missing", messages);
        Assert.Contains("service.how_to_access is missing", messages);
        Assert.Contains("service.illustrative must be true (a made-up example service) or false (a real one)", messages);
        Assert.Contains("service.contact needs at least a phone number, an email address or a website", messages);
        Assert.Contains("service.contact.email 'not-an-email' is not an email address", contactMessages);
        Assert.Contains("service.contact.website 'javascript:alert(1)' must be a full web address starting https://", contactMessages);
    }

    [Fact]
    public void Written_back_as_a_file_a_page_reads_the_same()
    {
        var extra = "related: [annual-reviews]\nservice:\n  organisation: \"Example: Trust\"\n  illustrative: true\n  contact:\n    phone: 01632 960000\n    website: https://www.example.org/a#b\n" +
            "  eligibility: Children aged 5 to 11, in Devon.\n  cost: \"£5: or free\"\n  how_to_access: 'Ring us, or \"email\" us'";
        var original = LocalOfferParser.Parse(ContentSamples.Page(title: "\"Clubs & activities: what's on\"", extra: extra), "clubs.md").Document!;

        var reread = LocalOfferParser.Parse(original.ToMarkdown(), "clubs.md");

        Assert.Empty(reread.Problems);
        Assert.Equal(original.ToMarkdown(), reread.Document!.ToMarkdown());
        Assert.Equal(original.Service, reread.Document.Service);
        Assert.Equal("Clubs & activities: what's on", reread.Document.Title);
    }
}
