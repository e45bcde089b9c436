using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Shared;

/// <summary>The family's next step is the first thing on every page they read about a case; nobody else sees it.</summary>
public sealed class FamilyNextStepTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static IElement FirstBanner(IHtmlDocument page)
    {
        var main = page.QuerySelector("main")!;
        var banner = main.QuerySelector(".govuk-notification-banner")!;
        var all = main.QuerySelectorAll("*").ToList();
        Assert.Equal("family-next-step", banner.Id);
        Assert.True(all.IndexOf(banner) < all.IndexOf(main.QuerySelector("h1")!), "The next step comes before the page's heading");
        Assert.Equal("region", banner.GetAttribute("role"));
        Assert.Equal(banner.GetAttribute("aria-labelledby"), banner.QuerySelector(".govuk-notification-banner__title")!.Id);
        return banner;
    }

    [Fact]
    public async Task Get_ParentOfADraft_ReadsWhatToDoByWhenFirstOnEveryPageAboutTheCase()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.ThirdParent);

        var (_, plan) = await parent.GetAsync($"/children/{mia}/plan");
        var banner = FirstBanner(plan);
        Assert.Equal("What you need to do", banner.QuerySelector(".govuk-notification-banner__title")!.TextContent);
        Assert.Equal("Tell us what you think of Mia's draft plan by 30 November 2026", banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent);
        Assert.Contains("name the school or college you would like, ask for a meeting with your caseworker, and ask for a personal budget", banner.TextContent, StringComparison.Ordinal);
        var respond = banner.QuerySelector("a")!;
        Assert.Equal("Respond to the draft plan", respond.TextContent);
        Assert.Matches($"^/children/{mia}/plan/versions/[0-9]+/response$", respond.GetAttribute("href"));
        var draft = respond.GetAttribute("href")![..^"/response".Length];

        foreach (var url in new[] { "/home", $"/children/{mia}/case", draft, $"/children/{mia}/advice" })
        {
            var (response, page) = await parent.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Tell us what you think of Mia's draft plan by 30 November 2026", FirstBanner(page).TextContent, StringComparison.Ordinal);
        }

        // On the response page itself the banner keeps the deadline but does not link to the page it is on.
        var (_, responsePage) = await parent.GetAsync(respond.GetAttribute("href")!);
        Assert.Null(FirstBanner(responsePage).QuerySelector("a"));
    }

    [Theory]
    [InlineData("caseworker@example.org")]
    [InlineData("paediatrician@example.org")]
    public async Task Get_StaffAndProfessionals_SeeNoFamilyNextStep(string email)
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.AllAccounts.Single(a => a.Email == email));

        foreach (var url in new[] { $"/children/{mia}/plan", $"/children/{mia}/case", "/home" })
        {
            var (_, page) = await client.GetAsync(url);
            Assert.Null(page.QuerySelector("#family-next-step"));
        }
    }

    [Fact]
    public async Task Get_ParentWithNothingToDo_ReadsCalmlyWhatHappensNextAndWhen()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, casePage) = await parent.GetAsync($"/children/{leo}/case");

        var banner = FirstBanner(casePage);
        Assert.Equal("What happens next", banner.QuerySelector(".govuk-notification-banner__title")!.TextContent);
        Assert.Equal("There is nothing you need to do now", banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent);
        Assert.Contains("24 November 2026", banner.TextContent, StringComparison.Ordinal);
        Assert.Null(banner.QuerySelector("a"));
    }

    [Fact]
    public async Task Get_HomeOfAParentOfTwo_NamesEachChildsNextStepInOneBanner()
    {
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, home) = await parent.GetAsync("/home");

        var banner = FirstBanner(home);
        Assert.Single(home.QuerySelectorAll("main .govuk-notification-banner"));
        Assert.Equal(["Ava", "Leo"], banner.QuerySelectorAll(".app-family-next-step__item h3").Select(h => h.TextContent).ToList());
    }
}
