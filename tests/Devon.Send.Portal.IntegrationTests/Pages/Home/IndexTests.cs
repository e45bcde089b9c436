using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Home;

public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static async Task<List<string>> HeadingsAsync(PortalClient client, string selector)
    {
        var (_, page) = await client.GetAsync("/home");
        return page.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Get_Parent_SeesTheirOwnChildrenAndNoOtherFamilys()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);

        var children = await HeadingsAsync(client, ".app-child-card h2");

        Assert.Equal(["Ava Carter", "Leo Carter"], children);
    }

    [Fact]
    public async Task Get_Parent_SeesWhereEachCaseIsAndTheNextDeadline()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);

        var (_, page) = await client.GetAsync("/home");

        var mia = page.QuerySelectorAll(".app-child-card").Single(c => c.QuerySelector("h2")!.TextContent == "Mia Hughes");
        Assert.Contains("Current step: Draft plan", mia.QuerySelector(".app-case-progress__step--current")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Family's response to the draft plan", mia.QuerySelector("dt")!.TextContent);
        Assert.Equal("Due in 8 days", mia.QuerySelector(".govuk-tag")!.TextContent);
    }

    [Fact]
    public async Task Get_YoungPerson_ReadsAboutTheirOwnRecordInTheSecondPersonAndIsNotOfferedAddAChild()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.YoungPerson);

        var (_, page) = await client.GetAsync("/home");

        var links = page.QuerySelectorAll(".app-child-card a").Select(a => a.TextContent).ToList();
        Assert.Contains("See your EHC plan", links);
        Assert.Contains("See where your case is and what happens next", links);
        Assert.Contains("See who has looked at your record", links);
        Assert.Contains("Download everything we hold about you", links);
        Assert.DoesNotContain(links, l => l.Contains("Jacob Hughes's", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("a[href='/account/add-child']"));
    }

    [Fact]
    public async Task Get_ParentOfAYoungPerson_StillReadsTheirName()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);

        var (_, page) = await client.GetAsync("/home");

        var jacob = page.QuerySelectorAll(".app-child-card").Single(c => c.QuerySelector("h2")!.TextContent == "Jacob Hughes");
        Assert.Contains("See Jacob Hughes's EHC plan", jacob.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.NotNull(page.QuerySelector("a[href='/account/add-child']"));
    }

    [Fact]
    public async Task Get_ParentOfAChildWhoseAnnualReviewIsUnderWay_SeesTheReviewAsTheCurrentStage()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);

        var (_, page) = await client.GetAsync("/home");

        var leo = page.QuerySelectorAll(".app-child-card").Single(c => c.QuerySelector("h2")!.TextContent == "Leo Carter");
        Assert.Equal("Current step: Annual review: meeting on 8 December 2026", leo.QuerySelector("#review-progress")!.ChildNodes.Where(n => n.NodeType != AngleSharp.Dom.NodeType.Element || ((AngleSharp.Dom.IElement)n).TagName != "OL").Select(n => n.TextContent).Aggregate("", (a, b) => a + b).Trim());
        Assert.Contains("app-case-progress__step--done", leo.QuerySelectorAll(".app-case-progress__step")[3].ClassName, StringComparison.Ordinal);
        Assert.Contains("app-case-progress__review-step--current", leo.QuerySelector("[data-step='Views']")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Professional_SeesOnlyTheChildrenTheyAreInvitedTo()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Senco);

        var (_, page) = await client.GetAsync("/home");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["Noah Osei", "Isla Osei"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal("Overdue by 3 days", rows[0].QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal("Due in 12 days", rows[1].QuerySelector(".govuk-tag")!.TextContent);
    }

    [Fact]
    public async Task Get_Caseworker_SeesTheirCasesSoonestDeadlineFirst()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);

        var children = await HeadingsAsync(client, "tbody th");

        // Leo's review papers are due two weeks before his meeting, on 24 November: sooner than Mia's response.
        Assert.Equal(["Noah Osei", "Leo Carter", "Mia Hughes", "Isla Osei", "Ava Carter", "Jacob Hughes"], children);
    }

    [Fact]
    public async Task Get_Administrator_IsSentToUsersAndTeamsAndSeesNoChildren()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Administrator);

        var (_, page) = await client.GetAsync("/home");

        Assert.NotNull(page.QuerySelector("main a[href='/admin/users']"));
        Assert.NotNull(page.QuerySelector("main a[href='/admin/teams']"));
        Assert.DoesNotContain("Noah", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
