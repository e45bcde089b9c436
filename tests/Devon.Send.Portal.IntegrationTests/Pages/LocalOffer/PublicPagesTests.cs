using System.Net;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.LocalOffer;

public sealed class PublicPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private LocalOfferSnapshot Content => factory.Services.GetRequiredService<LocalOfferLibrary>().Current;

    [Fact]
    public async Task Get_Home_Anonymous_ListsEveryTopicWithTasksAndSearch()
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync("/local-offer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Devon's Local Offer", page.QuerySelector("h1")!.TextContent);
        var topics = page.QuerySelectorAll(".app-topic-list__item a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(LocalOfferTaxonomy.Categories.Select(c => "/local-offer/category/" + c.Slug), topics);
        Assert.NotNull(page.QuerySelector("form[action='/local-offer/search'] input[name=q]"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/local-offer/asking-for-an-ehc-needs-assessment");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    public async Task Get_AnyPage_HasTheLocalOfferInTheServiceNavigation(string url)
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync(url);

        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.GetAttribute("href") == "/local-offer");
    }

    [Fact]
    public async Task Get_StartPage_LeadsToTheLocalOffer()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/");

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/local-offer" && a.TextContent.Contains("Local Offer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Page_HasBreadcrumbsContentsTheLastReviewedDateAndRelatedPages()
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync("/local-offer/annual-reviews");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Annual reviews of EHC plans – Devon SEND Portal – Devon County Council", page.Title);
        Assert.Equal(["Home", "Local Offer", "Education"], page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.TextContent));
        var contents = page.QuerySelectorAll("nav[aria-label='On this page'] a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(contents.Count >= 3);
        Assert.All(contents, href => Assert.NotNull(page.QuerySelector($"h2{href}")));
        Assert.Contains("Last reviewed 10 November 2026 by Devon Parent Carer Forum.", page.QuerySelector(".app-reviewed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("govuk-table", page.QuerySelector(".app-prose table")!.ClassName, StringComparison.Ordinal);
        var related = page.QuerySelectorAll(".app-related li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/local-offer/what-is-an-ehc-plan", related[0]);
    }

    [Theory]
    [InlineData("/local-offer/no-such-page")]
    [InlineData("/local-offer/category/no-such-topic")]
    [InlineData("/local-offer/no-such-page/feedback")]
    public async Task Get_UnknownAddress_Returns404(string url)
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_ServicePage_SaysItIsIllustrativeAndHowToGetIt()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/local-offer/portage-home-visiting");

        Assert.Contains("illustrative example of a service, not a real one", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var details = page.QuerySelectorAll(".app-service-details .govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("Example Early Years Inclusion Service", details["Run by"]);
        Assert.Equal("Free", details["Cost"]);
        Assert.Contains("Phone: 01632 960202", details["Contact"], StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='tel:01632960202']"));
    }

    [Fact]
    public async Task Get_Category_FiltersByAgeAreaAndAudience()
    {
        using var client = factory.CreatePortalClient();

        var all = await TitlesAsync(client, "/local-offer/category/health");
        var exeter = await TitlesAsync(client, "/local-offer/category/health?Area=Exeter&Age=0-4&Audience=parents");
        var torridge = await TitlesAsync(client, "/local-offer/category/health?Area=Torridge&Age=0-4&Audience=parents");
        var (_, none) = await client.GetAsync("/local-offer/category/early-years?Age=19-25");

        Assert.Equal(3, all.Count);
        Assert.Equal(["Health support for children and young people with SEND", "Speech and language drop-in for families"], exeter);
        Assert.Equal(["Health support for children and young people with SEND"], torridge);
        Assert.Contains("1 of 3 pages match your filters", (await client.GetAsync("/local-offer/category/health?Area=Torridge&Age=0-4&Audience=parents")).Document.QuerySelector("#results-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("No pages in Early years match these filters", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AToZ_ListsEveryPageUnderItsFirstLetter()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/local-offer/a-z");

        var links = page.QuerySelectorAll("main ul.govuk-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Content.Pages.Count, links.Count);
        Assert.Equal(Content.Pages.Select(p => p.Url).Order(), links.Order());
        Assert.Contains("/local-offer/annual-reviews", page.QuerySelector("#letter-A + ul")!.InnerHtml, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".app-a-z a[href='#letter-A']"));
        Assert.Contains("(no pages)", page.QuerySelector(".app-a-z")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Search_RanksTheBestPageFirstAndMarksTheMatchingWords()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/local-offer/search?q=annual+review");

        var first = page.QuerySelector(".app-results__item")!;
        Assert.Equal("Annual reviews of EHC plans", first.QuerySelector("h3")!.TextContent);
        Assert.Equal(["Annual", "reviews"], first.QuerySelectorAll("h3 mark").Select(m => m.TextContent));
        Assert.NotEmpty(first.QuerySelectorAll("p mark"));
        Assert.Equal("Search results for ‘annual review’ – Devon SEND Portal – Devon County Council", page.Title);
    }

    [Fact]
    public async Task Get_Search_WithFilters_KeepsOnlyPagesThatFit()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/local-offer/search?q=support&category=autism&Area=North+Devon");

        var titles = page.QuerySelectorAll(".app-results__item h3").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, t => Assert.Contains(Content.InCategory(LocalOfferTaxonomy.CategoryWithSlug("autism")!), p => p.Document.Title == t));
    }

    [Fact]
    public async Task Get_Search_WithManyResults_PagesThroughThemAndKeepsTheSearch()
    {
        using var client = factory.CreatePortalClient();
        var total = Content.Search.Search("support").Total;
        Assert.True(total > Web.Pages.LocalOffer.SearchModel.PageSize, "The repository's content should give more than one page of results for 'support'.");

        var (_, first) = await client.GetAsync("/local-offer/search?q=support");
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var (_, second) = await client.GetAsync(next);

        Assert.Null(first.QuerySelector(".govuk-pagination__prev"));
        Assert.Equal("/local-offer/search?q=support&page=2", next);
        Assert.Equal("2", second.QuerySelector(".govuk-pagination__item--current a")!.TextContent);
        Assert.Equal("11", second.QuerySelector("ol.app-results")!.GetAttribute("start"));
        Assert.Equal(Math.Min(10, total - 10), second.QuerySelectorAll(".app-results__item").Length);
        Assert.Equal("/local-offer/search?q=support&page=1", second.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Search_TooLong_ShowsTheErrorSummary()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/local-offer/search?q=" + new string('a', 201));

        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("#q", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Search_NothingFound_SaysWhatToTry()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/local-offer/search?q=xylophone");

        Assert.Equal("No pages match your search", page.QuerySelector("#results-heading")!.TextContent);
    }

    [Fact]
    public async Task Get_PageDueForReview_IsFlaggedToEditorsOnly()
    {
        using var anonymous = factory.CreatePortalClient();
        using var editor = factory.CreatePortalClient();
        await editor.SignInAsync(DemoData.Editor);

        var (_, publicPage) = await anonymous.GetAsync("/local-offer/complaints-and-disagreements");
        var (_, editorPage) = await editor.GetAsync("/local-offer/complaints-and-disagreements");
        var (_, notDue) = await editor.GetAsync("/local-offer/annual-reviews");

        Assert.Null(publicPage.QuerySelector(".app-editor-note"));
        Assert.Contains("Due for review", editorPage.QuerySelector(".app-editor-note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Next review due by 10 November 2027", notDue.QuerySelector(".app-editor-note")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<List<string>> TitlesAsync(PortalClient client, string url)
    {
        var (_, page) = await client.GetAsync(url);
        return [.. page.QuerySelectorAll(".app-results__item h3").Select(h => h.TextContent)];
    }
}
