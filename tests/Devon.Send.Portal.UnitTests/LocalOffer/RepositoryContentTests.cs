using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.UnitTests.LocalOffer;

/// <summary>The content check, run over the repository's own Local Offer: what a writer's commit must pass.</summary>
public sealed class RepositoryContentTests
{
    private static readonly LocalOfferSnapshot Content = LocalOfferLibrary.Build(ContentSamples.RepositoryFiles, []);

    [Fact]
    public void The_content_check_finds_no_problems_in_the_repositorys_pages()
    {
        var output = new StringWriter();

        var exitCode = LocalOfferContent.Check(ContentSamples.ContentFolder, output, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Empty(Content.Problems);
    }

    [Fact]
    public void There_are_at_least_30_pages_and_every_category_has_some()
    {
        Assert.True(Content.Pages.Count >= 30, $"{Content.Pages.Count} pages");
        Assert.All(LocalOfferTaxonomy.Categories, c => Assert.NotEmpty(Content.InCategory(c)));
    }

    [Theory]
    [InlineData("what-is-an-ehc-plan")]
    [InlineData("asking-for-an-ehc-needs-assessment")]
    [InlineData("the-20-week-process")]
    [InlineData("annual-reviews")]
    [InlineData("preparing-for-adulthood")]
    [InlineData("personal-budgets")]
    [InlineData("mediation")]
    [InlineData("appealing-to-the-send-tribunal")]
    public void The_essential_guides_are_there(string slug) => Assert.NotNull(Content.Find(slug));

    [Fact]
    public void Every_illustrative_service_says_so_on_the_page_itself()
    {
        var illustrative = Content.Pages.Where(p => p.Document.Service?.Illustrative == true).ToList();

        Assert.NotEmpty(illustrative);
        Assert.All(illustrative, p =>
        {
            Assert.Contains("illustrative example", p.Document.Summary, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("illustrative example", p.PlainText, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Illustrative_services_use_only_made_up_contact_details()
    {
        foreach (var contact in Content.Pages.Select(p => p.Document.Service).OfType<ServiceDetails>().Select(s => s.Contact))
        {
            // 01632 960xxx is Ofcom's range for drama; example.org is reserved for examples.
            Assert.True(contact.Phone is null || contact.Phone.StartsWith("01632 960", StringComparison.Ordinal), contact.Phone);
            Assert.True(contact.Email is null || contact.Email.EndsWith("@example.org", StringComparison.Ordinal), contact.Email);
            Assert.True(contact.Website is null || contact.Website.StartsWith("https://www.example.org/", StringComparison.Ordinal), contact.Website);
        }
    }

    [Fact]
    public void Every_repository_page_survives_being_written_back_by_the_export()
    {
        foreach (var page in Content.Pages)
        {
            var reread = LocalOfferParser.Parse(page.Document.ToMarkdown(), page.Slug + ".md");

            Assert.True(reread.Document is not null, page.Slug + ": " + string.Join("; ", reread.Problems));
            Assert.Equal(page.Document.ToMarkdown(), reread.Document!.ToMarkdown());
        }
    }
}
