using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

public sealed class IssueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_CaseworkerWithOpenFindings_IsRefusedAndNothingIsIssued()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/plan/issue");
        Assert.Equal(["Draft"], form.QuerySelectorAll("input[name=Kind]").Select(i => i.GetAttribute("value")).ToList());
        Assert.Null(form.QuerySelector("#OverrideReason"));

        var (response, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Kind"] = "Draft" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ask a team manager to issue the plan with a reason", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await VersionCountAsync(noah));
    }

    [Fact]
    public async Task Post_TeamManagerOverride_NeedsAReasonThenIssuesAndKeepsTheReasonInTheHistory()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (_, form) = await manager.GetAsync($"/children/{noah}/plan/issue");
        var findings = form.QuerySelectorAll("main ul.govuk-list--bullet li").Length;

        var (_, noReason) = await manager.SubmitAsync(form, new Dictionary<string, string> { ["Kind"] = "Draft" });
        Assert.Equal("Say why the plan should be issued with these findings open", noReason.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal(0, await VersionCountAsync(noah));

        (string, string)[] draft = [("Kind", "Draft"), ("OverrideReason", "Issued to keep to the 20-week limit; the school's advice will follow"),
            ("ServedBy", "Post"), ("SentOn.Day", "23"), ("SentOn.Month", "11"), ("SentOn.Year", "2026")];
        var (_, shorter) = await manager.SubmitAsync(noReason, [.. draft, ("LaterRespondBy.Day", "8"), ("LaterRespondBy.Month", "12"), ("LaterRespondBy.Year", "2026")]);
        Assert.Equal("The date to respond by must be 9 December 2026 or later: the family must have at least 15 days beginning with the day they receive it",
            shorter.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal(0, await VersionCountAsync(noah));

        // Posted on Monday 23 November, it reaches the family on Wednesday 25th: their 15 days end on 9 December; the council gives until the 18th.
        var (issued, _) = await manager.SubmitAsync(noReason, [.. draft, ("LaterRespondBy.Day", "18"), ("LaterRespondBy.Month", "12"), ("LaterRespondBy.Year", "2026")]);
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal($"/children/{noah}/plan/versions/1", issued.Headers.Location!.OriginalString);
        var (_, versionPage) = await manager.GetAsync(issued.Headers.Location!.OriginalString);
        Assert.Contains("Draft 1 has been issued. The family has until 18 December 2026 to respond", versionPage.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);

        var (_, history) = await manager.GetAsync($"/children/{noah}/plan/history");
        var row = history.QuerySelector("table tbody tr")!.TextContent;
        Assert.Contains("Draft 1", row, StringComparison.Ordinal);
        Assert.Contains("Mark Ellis, Team manager", row, StringComparison.Ordinal);
        Assert.Contains($"Issued with {findings} open findings. Reason: “Issued to keep to the 20-week limit; the school's advice will follow”", row, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(DateOnly.FromDateTime(PortalFactory.Today.Date), await db.AssessmentCases.Where(c => c.ChildId == noah).Select(c => c.DraftPlanIssuedOn).SingleAsync());
        var version = await db.PlanVersions.SingleAsync(v => db.Plans.Any(p => p.Id == v.PlanId && p.ChildId == noah));
        Assert.Equal((ServiceMethod.Post, new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 18)), (version.ServedBy!.Value, version.ServedOn!.Value, version.RespondBy!.Value));
        Assert.Equal(new DateOnly(2026, 12, 18), await db.AssessmentCases.Where(c => c.ChildId == noah).Select(c => c.DraftResponseDueOn).SingleAsync());
        Assert.Contains(await db.Notifications.Where(n => n.ChildId == noah && n.Kind == NotificationKind.DraftIssued).Select(n => n.Message).ToListAsync(),
            m => m.Contains("18 December 2026", StringComparison.Ordinal));
        Assert.Contains(await db.AuditEvents.Where(e => e.ChildId == noah).Select(e => e.Detail).ToListAsync(),
            d => d.Contains("sent by first class post, served on 25 November 2026, response due by 18 December 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_IssueForm_SaysWhenTheFamilysTimeEndsByEmailAndByPostAndRefusesAPastSendingDate()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (_, form) = await manager.GetAsync($"/children/{noah}/plan/issue");
        // Today is Sunday 22 November 2026: emailed, the 15 days end on 6 December; posted, it arrives on Tuesday 24th.
        Assert.Contains("sent by email today, they have until 6 December 2026; posted today, until 8 December 2026", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Email", form.QuerySelector("input[name=ServedBy][checked]")!.GetAttribute("value"));

        var (_, past) = await manager.SubmitAsync(form, [("Kind", "Draft"), ("OverrideReason", "Reason"), ("ServedBy", "Post"), ("SentOn.Day", "21"), ("SentOn.Month", "11"), ("SentOn.Year", "2026")]);

        Assert.Equal("The date it is sent must be today or within the next 7 days", past.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("21", past.QuerySelector("input[name='SentOn.Day']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_KindThatCannotComeNext_IsRefused()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{leo}/plan/issue");
        Assert.Equal(["AmendmentDraft"], form.QuerySelectorAll("input[name=Kind]").Select(i => i.GetAttribute("value")).ToList());

        var (_, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Kind"] = "AmendedFinal" });

        Assert.Equal("Select what to issue", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal(2, await VersionCountAsync(leo));
    }

    [Theory]
    [InlineData("paediatrician@example.org", "Noah")]
    [InlineData("kwame.osei@example.com", "Noah")]
    public async Task Get_SomeoneWhoCannotManageTheCase_IsForbidden(string email, string child)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync($"/children/{await factory.ChildIdAsync(child)}/plan/issue");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> VersionCountAsync(Guid childId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.PlanVersions.CountAsync(v => db.Plans.Any(p => p.Id == v.PlanId && p.ChildId == childId));
    }
}
