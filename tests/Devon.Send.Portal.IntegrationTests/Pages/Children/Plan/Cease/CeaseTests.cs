using System.Net;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan.Cease;

/// <summary>
/// The council proposes to stop Leo's plan, his mother gives her views, the school is consulted, and the council decides:
/// the plan is maintained until the time to appeal ends, then reads as stopped. The clock moves, so this has a portal of its own.
/// </summary>
public sealed class CeaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> DateOf(string field, DateOnly day) => new()
    {
        [$"{field}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData("/plan/cease/propose", "sarah.carter@example.com", HttpStatusCode.Forbidden)]     // a parent may not propose
    [InlineData("/plan/cease/decide", "sarah.carter@example.com", HttpStatusCode.Forbidden)]      // nor decide
    [InlineData("/plan/cease/propose", "psychologist@example.org", HttpStatusCode.Forbidden)]     // a professional not invited to Leo
    [InlineData("/plan/cease/views", "psychologist@example.org", HttpStatusCode.NotFound)]
    [InlineData("/plan/cease", "psychologist@example.org", HttpStatusCode.NotFound)]
    [InlineData("/plan/cease/views", "kwame.osei@example.com", HttpStatusCode.NotFound)]          // another family's father
    [InlineData("/plan/cease", "kwame.osei@example.com", HttpStatusCode.NotFound)]
    public async Task Only_the_caseworker_proposes_and_decides_and_only_people_on_the_case_see_it(string path, string email, HttpStatusCode expected)
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync($"/children/{leo}{path}");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_council_proposes_consults_and_decides_and_the_plan_stops_once_the_time_to_appeal_has_ended()
    {
        var leo = await factory.ChildIdAsync("Leo");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToUkTime().DateTime);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);

        // The proposal: errors in the order of the form; Leo is 11, so only "no longer necessary" will do (Reg 29).
        var (_, plan) = await caseworker.GetAsync($"/children/{leo}/plan");
        Assert.NotNull(plan.QuerySelector($"a[href='/children/{leo}/plan/cease/propose']"));
        var (_, propose) = await caseworker.GetAsync($"/children/{leo}/plan/cease/propose");
        var (_, empty) = await caseworker.SubmitAsync(propose, new Dictionary<string, string> { ["ProposedOn.Day"] = "" });
        Assert.Equal(["#Ground", "#Reasons", "#ProposedOn"], empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        var (_, under18) = await caseworker.SubmitAsync(propose, new Dictionary<string, string> { ["Ground"] = "NoLongerResponsible", ["Reasons"] = "Reasons" });
        Assert.Contains("regulation 29", under18.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var (_, future) = await caseworker.SubmitAsync(propose, new Dictionary<string, string>(DateOf("ProposedOn", today.AddDays(1))) { ["Ground"] = "NoLongerNecessary", ["Reasons"] = "Reasons" });
        Assert.Equal("The date the family was told must be today or in the past", future.QuerySelector(".govuk-error-summary__list a")!.TextContent);

        var reasons = "Leo's needs are now met by Exe Valley Primary from its own resources: the advice from this year shows he no longer needs the provision in section F.";
        // Five identical posts at once: one proposal, one message to his mother, no error.
        var proposals = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(propose, new Dictionary<string, string> { ["Ground"] = "NoLongerNecessary", ["Reasons"] = reasons })));
        Assert.All(proposals, p => Assert.Equal($"/children/{leo}/plan/cease", p.Response.Headers.Location?.OriginalString));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PlanCessations.CountAsync(x => db.AssessmentCases.Any(c => c.Id == x.AssessmentCaseId && c.ChildId == leo))));
        Assert.Equal("The council is thinking about stopping Leo's EHC plan. Nothing changes yet: tell us what you think before we decide. The plan page says why and how to reply",
            Assert.Single(await factory.MessagesAsync(DemoData.Parent, NotificationKind.CessationProposed)));

        // His mother gives her views; she may not decide.
        var (_, status) = await mother.GetAsync($"/children/{leo}/plan/cease");
        Assert.Contains("The council is thinking about stopping the plan", status.QuerySelector("#cease-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(status.QuerySelector($"a[href='/children/{leo}/plan/cease/decide']"));
        var (_, views) = await mother.GetAsync($"/children/{leo}/plan/cease/views");
        Assert.Contains(reasons, views.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, noViews) = await mother.SubmitAsync(views, new Dictionary<string, string>());
        Assert.Equal("Enter your views", noViews.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        var (sent, _) = await mother.SubmitAsync(views, new Dictionary<string, string> { ["FamilyViews"] = "Leo still needs his key adult. Please keep the plan until he moves to secondary school." });
        Assert.Equal($"/children/{leo}/plan/cease", sent.Headers.Location?.OriginalString);

        // The decision needs the school consulted first (Reg 31(1)(c)).
        var (_, decide) = await caseworker.GetAsync($"/children/{leo}/plan/cease/decide");
        Assert.Contains("Leo still needs his key adult", decide.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, notConsulted) = await caseworker.SubmitAsync(decide, new Dictionary<string, string> { ["Decision"] = "Cease", ["Reasons"] = "Reasons" });
        Assert.Equal(["#Decision"], notConsulted.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        var (_, caseworkerViews) = await caseworker.GetAsync($"/children/{leo}/plan/cease/views");
        Assert.Equal("Leo still needs his key adult. Please keep the plan until he moves to secondary school.", caseworkerViews.QuerySelector("textarea[name='FamilyViews']")!.TextContent.Trim());
        var (_, schoolBefore) = await caseworker.SubmitAsync(caseworkerViews, new Dictionary<string, string>(DateOf("SchoolConsultedOn", today.AddDays(-1))) { ["SchoolViews"] = "We agree." });
        Assert.Equal([$"#SchoolConsultedOn", "#SchoolViewsOn"], schoolBefore.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        var school = new Dictionary<string, string>(DateOf("SchoolConsultedOn", today)) { ["SchoolViews"] = "We can meet Leo's needs from our own resources." };
        foreach (var (key, value) in DateOf("SchoolViewsOn", today))
        {
            school[key] = value;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.SubmitAsync(caseworkerViews, school)).Response.StatusCode);

        // Decided today and sent today: 2 months end on 22 January 2027, a Friday; the plan stops on 23 January.
        (_, decide) = await caseworker.GetAsync($"/children/{leo}/plan/cease/decide");
        var decision = new Dictionary<string, string> { ["Decision"] = "Cease", ["Reasons"] = "The school's evidence shows Leo's needs can be met without the plan." };
        var decisions = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(decide, decision)));
        Assert.All(decisions, d => Assert.Equal($"/children/{leo}/plan/cease", d.Response.Headers.Location?.OriginalString));
        Assert.Equal("The council decided to stop Leo's EHC plan. You can ask for mediation, and appeal to the SEND Tribunal by 22 January 2027. The plan stays in place until then; if you do not appeal, it stops on 23 January 2027",
            Assert.Single(await factory.MessagesAsync(DemoData.Parent, NotificationKind.CessationDecided)));
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == leo).Select(e => e.Detail).ToListAsync()),
            d => d == "Decided to cease maintaining the EHC plan (Children and Families Act 2014, section 45; SEND Regulations 2014, regulation 31(2))");

        (_, status) = await mother.GetAsync($"/children/{leo}/plan/cease");
        Assert.Contains("the last day to appeal to the SEND Tribunal is 22 January 2027", status.QuerySelector("#cease-status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("If there is no appeal, it stops on 23 January 2027; if you appeal", status.QuerySelector("#cease-status")!.TextContent, StringComparison.Ordinal);
        var (_, mediation) = await mother.GetAsync($"/children/{leo}/case/mediation");
        Assert.Contains("the decision to stop maintaining the EHC plan, made on 22 November 2026", System.Text.RegularExpressions.Regex.Replace(mediation.QuerySelector("main")!.TextContent, @"\s+", " "), StringComparison.Ordinal);
        var (_, casePage) = await mother.GetAsync($"/children/{leo}/case");
        Assert.Equal("The council decided on 22 November 2026 to stop maintaining the plan. It stops on 23 January 2027 unless there is an appeal", casePage.QuerySelector("#where-now")!.TextContent);

        // The family's download holds the proposal, the views and the decision.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sarah = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoData.Parent.Email).Select(u => u.Id).SingleAsync());
            var export = await scope.ServiceProvider.GetRequiredService<Devon.Send.Portal.Web.Records.SubjectAccessExport>().GatherAsync(leo, sarah);
            var facts = Assert.Single(export.Cessations);
            Assert.Equal((reasons, "Stop maintaining the plan", new DateOnly(2027, 1, 23)), (facts.ProposalReasons, facts.Decision, facts.CeasesOn));
            Assert.StartsWith("Leo still needs his key adult", facts.FamilyViews, StringComparison.Ordinal);
        }

        // The day after the last day to appeal, the plan reads as stopped on the plan page, the case page and the home page.
        factory.Clock.Advance(TimeSpan.FromDays(62));
        using var motherLater = factory.CreatePortalClient();
        await motherLater.SignInAsync(DemoData.Parent);
        Assert.Contains("This plan stopped on 23 January 2027.", (await motherLater.GetAsync($"/children/{leo}/plan")).Document.QuerySelector("#plan-cease")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The plan stopped on 23 January 2027: the council decided to stop maintaining it", (await motherLater.GetAsync($"/children/{leo}/case")).Document.QuerySelector("#where-now")!.TextContent);
        using var caseworkerLater = factory.CreatePortalClient();
        await caseworkerLater.SignInAsync(DemoData.Caseworker);
        var (_, home) = await caseworkerLater.GetAsync("/home");
        Assert.Contains("Plan ceased", home.QuerySelectorAll("main tr").Single(r => r.TextContent.Contains("Leo Carter", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }
}
