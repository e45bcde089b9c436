using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

/// <summary>The reading age shown to a plan's writers and not to its family, and the plan's contents and tables laid out for a phone.</summary>
public sealed class ReadingAndLayoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_CaseworkerChangingASection_SeesItsReadingAgeAgainstTheCouncilsTarget()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (response, page) = await caseworker.GetAsync($"/children/{leo}/plan/sections/b/edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = page.QuerySelector("#readability")!.QuerySelector(".app-readability__age")!.TextContent;
        Assert.Matches(@"Reading age about \d+\. The council aims for 11 or under\.", check);
    }

    [Fact]
    public async Task Get_CaseworkerOnThePlan_SeesEachWrittenSectionsReadingAgeLinkedToWhereToChangeIt()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, page) = await caseworker.GetAsync($"/children/{leo}/plan");

        var items = page.QuerySelectorAll("#reading-age li");
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Matches(@"^Section [A-K]\d?: reading age about \d+", i.TextContent.Trim()));
        Assert.Contains(page.QuerySelectorAll("#reading-age a"), a => a.GetAttribute("href") == $"/children/{leo}/plan/sections/b/edit#readability");
    }

    [Fact]
    public async Task Get_Parent_IsShownNoReadingAgeOnThePlanOrWhenWritingSectionA()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, plan) = await parent.GetAsync($"/children/{leo}/plan");
        var (response, edit) = await parent.GetAsync($"/children/{leo}/plan/sections/a/edit");

        Assert.Null(plan.QuerySelector("#reading-age"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(edit.QuerySelector("#readability"));
        Assert.DoesNotContain("Reading age", plan.Body!.TextContent + edit.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Plan_PutsTheContentsAndTheHistoryCompareAndPrintLinksBeforeTheFirstSectionAndALinkBackAfterEach()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, page) = await parent.GetAsync($"/children/{leo}/plan");

        var contents = page.QuerySelector("nav#plan-contents")!;
        Assert.Equal(["#section-a", "#section-b", "#section-c", "#section-d", "#section-e", "#section-f", "#section-g", "#section-h1", "#section-h2", "#section-i", "#section-j", "#section-k"],
            contents.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
        var links = page.QuerySelector(".app-plan-aside")!.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains("History of every change", links);
        Assert.Contains("Compare versions", links);
        Assert.Contains("Print the plan as it is now", links);
        // In the page's order, so a phone, which shows the columns one after the other, shows the contents first.
        var firstSection = page.QuerySelector("#section-a")!;
        Assert.True(contents.CompareDocumentPosition(firstSection).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Equal(12, page.QuerySelectorAll(".app-plan-section .app-back-to-contents a[href='#plan-contents']").Length);
    }

    [Fact]
    public async Task Get_History_LabelsEachCellSoARowStillReadsWhenItsColumnsStackOnAPhone()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, page) = await parent.GetAsync($"/children/{leo}/plan/history");

        var changes = page.QuerySelectorAll("table.app-table-stack")[1];
        var firstRow = changes.QuerySelector("tbody tr")!;
        Assert.Equal(["When: ", "Section: ", "Who: ", "Why: "], firstRow.QuerySelectorAll(".app-table-stack__label").Select(l => l.TextContent).ToList());
        Assert.All(firstRow.QuerySelectorAll(".app-table-stack__label"), l => Assert.Equal("true", l.GetAttribute("aria-hidden")));
    }

    [Fact]
    public async Task Get_History_ShowsTheQualityCheckToTheCaseworkerAndNotToTheFamily()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, familyView) = await parent.GetAsync($"/children/{leo}/plan/history");
        var (_, councilView) = await caseworker.GetAsync($"/children/{leo}/plan/history");

        Assert.DoesNotContain("Quality check", familyView.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Version", "Issued", "By"], familyView.QuerySelectorAll("table.app-table-stack")[0].QuerySelectorAll("thead th").Select(h => h.TextContent).ToList());
        Assert.Equal(["Version", "Issued", "By", "Quality check"], councilView.QuerySelectorAll("table.app-table-stack")[0].QuerySelectorAll("thead th").Select(h => h.TextContent).ToList());
    }
}
