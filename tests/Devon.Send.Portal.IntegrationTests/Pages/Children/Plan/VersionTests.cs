using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

public sealed class VersionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_IssuedVersion_ShowsThePlanExactlyAsIssuedEvenAfterLaterChanges()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{leo}/plan/sections/i/edit");
        await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Form.SettingName"] = "Another School", ["Reason"] = "Testing a change after issue" });

        var (_, draft) = await caseworker.GetAsync($"/children/{leo}/plan/versions/1");
        var (_, final) = await caseworker.GetAsync($"/children/{leo}/plan/versions/2");
        var (_, now) = await caseworker.GetAsync($"/children/{leo}/plan");

        Assert.Equal("Leo Carter: Draft 1", draft.QuerySelector("h1")!.TextContent);
        Assert.Contains("Not named", draft.QuerySelector("section[aria-labelledby='version-section-i']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Leo Carter: Final plan", final.QuerySelector("h1")!.TextContent);
        Assert.Contains("Exe Valley Academy", final.QuerySelector("section[aria-labelledby='version-section-i']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Another School", now.QuerySelector("#section-i")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Changed since Final plan", now.QuerySelector("#section-i")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PrintView_HasTheVersionStampAndNoServiceNavigation()
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        using var youngPerson = factory.CreatePortalClient();
        await youngPerson.SignInAsync(DemoData.YoungPerson);

        var (response, page) = await youngPerson.GetAsync($"/children/{jacob}/plan/versions/4/print");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector(".govuk-service-navigation"));
        Assert.Null(page.QuerySelector(".govuk-footer"));
        var stamp = page.QuerySelector(".app-version-stamp")!.TextContent;
        Assert.Contains("Education, Health and Care plan for Jacob Hughes · Amended plan 1 · issued", stamp, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var hash = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PlanVersions
            .Where(v => v.Number == 4 && scope.ServiceProvider.GetRequiredService<PortalDbContext>().Plans.Any(p => p.Id == v.PlanId && p.ChildId == jacob))
            .Select(v => v.Hash).SingleAsync();
        Assert.Contains("fingerprint " + hash[..16], stamp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PrintOfThePlanAsItIsNow_SaysItIsNotAnIssuedPlan()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);

        var (_, page) = await father.GetAsync($"/children/{noah}/plan/print");

        Assert.Contains("Working draft (not issued)", page.QuerySelector(".app-version-stamp")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not an issued plan", page.QuerySelector(".app-version-stamp")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PrintOfThePlanAsItIsNow_WhenUnchangedSinceItWasIssued_SaysWhichIssuedVersionItIs()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, page) = await parent.GetAsync($"/children/{leo}/plan/print");

        var stamp = page.QuerySelector(".app-version-stamp")!.TextContent;
        Assert.Contains("Education, Health and Care plan for Leo Carter · the same as Final plan, issued", stamp, StringComparison.Ordinal);
        Assert.DoesNotContain("not issued", stamp, StringComparison.Ordinal);
        Assert.DoesNotContain("not an issued plan", stamp, StringComparison.Ordinal);
        Assert.Equal("Leo Carter: The plan as it is now, the same as Final plan", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/plan/versions/9")]
    [InlineData("/plan/versions/9/print")]
    [InlineData("/plan/versions/0")]
    [InlineData("/plan/versions/abc")]
    public async Task Get_VersionThatDoesNotExist_ReturnsNotFound(string url)
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"/children/{leo}{url}")).Response.StatusCode);
    }

    [Fact]
    public async Task Get_History_ListsEveryVersionAndRevisionWithWhoRoleWhenAndWhy()
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.ThirdParent);

        var (_, page) = await mother.GetAsync($"/children/{jacob}/plan/history");

        var tables = page.QuerySelectorAll("table");
        Assert.Equal(["Amended plan 1", "Proposed amendments 1", "Final plan", "Draft 1"], tables[0].QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        var rows = tables[1].QuerySelectorAll("tbody tr");
        Assert.Equal(17, rows.Length);
        Assert.Contains("Jacob Hughes, Young person", rows.Select(r => r.TextContent).First(t => t.Contains("Section A", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Jacob rewrote his views at his Year 11 annual review", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Compare_ShowsOnlyWhatChangedWordByWord()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (_, page) = await parent.GetAsync($"/children/{leo}/plan/compare?from=1&to=2");

        Assert.Contains("1 section changed: I", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var i = page.QuerySelector("section[aria-labelledby='compare-i']")!;
        Assert.Equal("[added: \nSchool or setting: Exe Valley Academy]", i.QuerySelector("ins")!.TextContent);
        // The eleven unchanged sections fold into one line after the changed one, rather than eleven "No changes".
        Assert.Equal(["compare-i"], page.QuerySelectorAll("section.app-plan-section h3").Select(h => h.Id));
        Assert.Equal("Sections A, B, C, D, E, F, G, H1, H2, J and K have not changed.", page.QuerySelector(".app-diff-unchanged")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_CompareTheSameVersion_ShowsAnErrorSummary()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        var (response, page) = await parent.GetAsync($"/children/{leo}/plan/compare?from=2&to=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Select two different versions to compare", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("#To", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("from=1&to=7")]
    [InlineData("from=x&to=1")]
    public async Task Get_CompareWithAVersionThatDoesNotExist_ReturnsNotFound(string query)
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"/children/{leo}/plan/compare?{query}")).Response.StatusCode);
    }

    [Fact]
    public async Task Get_CompareWithAVersionOfAnotherChildsPlan_CannotReachIt()
    {
        // Versions are numbered within a plan, so another plan's version 3 is simply not this plan's: Leo has two.
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.PlanVersions.AnyAsync(v => v.Number == 3 && v.Kind == PlanVersionKind.AmendmentDraft));

        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync($"/children/{leo}/plan/compare?from=1&to=3")).Response.StatusCode);
    }
}
