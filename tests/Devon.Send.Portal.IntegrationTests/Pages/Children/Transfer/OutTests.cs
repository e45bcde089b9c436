using System.Net;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Transfer;

/// <summary>
/// Leo moves to Somerset: the caseworker records the move, the case page shows the Reg 15(2) date, and downloading the
/// package transfers the plan, closes the case and tells his mother. The case closes, so this has a portal of its own.
/// </summary>
public sealed class OutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_FamilyOrProfessionalOrAnotherFamily_ReturnsForbidden()
    {
        var leo = await factory.ChildIdAsync("Leo");
        foreach (var account in new[] { DemoData.Parent, DemoData.SecondParent, DemoData.Senco })
        {
            using var client = factory.CreatePortalClient();
            await client.SignInAsync(account);

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/children/{leo}/transfer/out")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.PostAsync(new Uri($"/children/{leo}/transfer/out?handler=Package", UriKind.Relative), new FormUrlEncodedContent([]))).StatusCode);
        }
    }

    [Fact]
    public async Task Get_ChildStillBeingAssessed_SaysThePlanCannotBeTransferredYet()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, page) = await caseworker.GetAsync($"/children/{noah}/transfer/out");

        Assert.Contains("is not at that stage", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_caseworker_records_the_move_then_sends_the_plan_which_closes_the_case_and_tells_the_family()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, casePage) = await caseworker.GetAsync($"/children/{leo}/case");
        Assert.NotNull(casePage.QuerySelector($"#actions a[href='/children/{leo}/transfer/out']"));
        var (_, form) = await caseworker.GetAsync($"/children/{leo}/transfer/out");

        // Errors in the order of the fields; nothing saved.
        var (_, invalid) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["LearnedOn.Day"] = "23" });
        Assert.Equal(
            ["Enter the date of the move", "The date the council learned of the move must be today or in the past", "Enter the council the child is moving to"],
            invalid.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, sameCouncil) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["MoveOn.Day"] = "30", ["MoveOn.Month"] = "11", ["MoveOn.Year"] = "2026", ["NewCouncil"] = "Devon County Council",
        });
        Assert.Equal(["Enter the council the child is moving to, not this one"], sameCouncil.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        Assert.Null(await factory.WithDbAsync(db => db.AssessmentCases.Where(c => c.ChildId == leo).Select(c => c.MoveOutOn).SingleAsync()));

        // Learned on Friday 20 November of a move on Monday 30 November: 6 working days before it, so 15 working days
        // beginning with the 20th, to Thursday 10 December. Five posts at once record one move.
        var move = new Dictionary<string, string>
        {
            ["MoveOn.Day"] = "30", ["MoveOn.Month"] = "11", ["MoveOn.Year"] = "2026",
            ["LearnedOn.Day"] = "20", ["LearnedOn.Month"] = "11", ["LearnedOn.Year"] = "2026", ["NewCouncil"] = "Somerset Council",
        };
        var posts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(form, move)));
        Assert.All(posts, p => Assert.Equal($"/children/{leo}/transfer/out", p.Response.Headers.Location?.OriginalString));
        Assert.Equal(new DateOnly(2026, 11, 30), await factory.WithDbAsync(db => db.AssessmentCases.Where(c => c.ChildId == leo).Select(c => c.MoveOutOn).SingleAsync()));

        var (_, waiting) = await caseworker.GetAsync($"/children/{leo}/case");
        var table = waiting.QuerySelector("main table")!.TextContent;
        Assert.Contains("Plan transferred to Somerset Council", table, StringComparison.Ordinal);
        Assert.Contains("SEND Regulations 2014, regulation 15(2)", table, StringComparison.Ordinal);
        Assert.Contains("The transfer of the plan to Somerset Council is due by 10 December 2026.", table, StringComparison.Ordinal);
        var (_, recorded) = await caseworker.GetAsync($"/children/{leo}/transfer/out");
        Assert.Contains("10 December 2026", recorded.QuerySelector("#transfer")!.TextContent, StringComparison.Ordinal);

        // Three downloads at once: each gets the package; the plan is transferred once and the family told once.
        var downloads = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => caseworker.SubmitAsync(recorded, new Dictionary<string, string>())));
        foreach (var (response, _) in downloads)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var reading = PlanTransferPackages.Read(await response.Content.ReadAsStringAsync());
            Assert.True(reading.IsValid, string.Join("; ", reading.Problems));
            Assert.Equal("Leo", reading.Package!.Child.GivenName);
            Assert.Equal("Somerset Council", reading.Package.ToCouncil);
            Assert.NotNull(PlanTransferPackages.CurrentPlan(reading.Package));
        }

        Assert.Single(await factory.MessagesAsync(DemoData.Parent, NotificationKind.PlanTransferred));
        Assert.StartsWith("Leo's EHC plan was sent to Somerset Council on 22 November 2026", (await factory.MessagesAsync(DemoData.Parent, NotificationKind.PlanTransferred))[0], StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == leo).Select(e => e.Detail).ToListAsync());
        Assert.Equal(3, audit.Count(d => d.StartsWith("Plan transfer package downloaded", StringComparison.Ordinal)));
        Assert.Single(audit, d => d == "Plan transferred to Somerset Council (SEND Regulations 2014, regulation 15(2))");
        Assert.DoesNotContain(audit, d => d.Contains("Plan transfer", StringComparison.Ordinal) && d.Contains("Leo", StringComparison.Ordinal));

        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);
        var (_, closed) = await mother.GetAsync($"/children/{leo}/case");
        Assert.Equal("The plan was transferred to Somerset Council on 22 November 2026, which maintains it now", closed.QuerySelector("#where-now")!.TextContent);
        Assert.Contains("The transfer of the plan to Somerset Council was completed on 22 November 2026, 18 days before the deadline.", closed.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Annual review", closed.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var (_, plan) = await mother.GetAsync($"/children/{leo}/plan");
        Assert.Contains("transferred to Somerset Council on 22 November 2026", plan.QuerySelector("#transferred")!.TextContent, StringComparison.Ordinal);

        // Another council maintains the plan now: it is no longer issued or edited here.
        var (_, managed) = await caseworker.GetAsync($"/children/{leo}/plan");
        Assert.Null(managed.QuerySelector($"a[href='/children/{leo}/plan/issue']"));
        Assert.Equal($"/children/{leo}/plan", (await caseworker.GetAsync($"/children/{leo}/plan/issue")).Response.Headers.Location?.OriginalString);
        Assert.Equal($"/children/{leo}/plan", (await caseworker.GetAsync($"/children/{leo}/plan/sections/f/edit")).Response.Headers.Location?.OriginalString);

        // Recording the move again changes nothing.
        var (again, _) = await caseworker.SubmitAsync(form, move);
        Assert.Equal($"/children/{leo}/transfer/out", again.Headers.Location?.OriginalString);
        Assert.Null((await caseworker.GetAsync($"/children/{leo}/case")).Document.QuerySelector($"#actions a[href='/children/{leo}/transfer/out']"));
    }
}
