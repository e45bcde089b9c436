using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan.Cease;

/// <summary>
/// The council decided to stop Leo's plan and his mother appealed: the plan stays in place past the last day to appeal
/// until the Tribunal decides, and stops the day the appeal is dismissed (Reg 44(2)(a)). The clock moves, so this has a
/// portal of its own.
/// </summary>
public sealed class CeaseAppealTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Date(string field, DateOnly day) => new()
    {
        [$"{field}.Day"] = $"{day.Day}", [$"{field}.Month"] = $"{day.Month}", [$"{field}.Year"] = $"{day.Year}",
    };

    [Fact]
    public async Task An_appeal_holds_a_decision_to_stop_the_plan_until_it_is_dismissed()
    {
        var leo = await factory.ChildIdAsync("Leo");
        // Decided and sent on 10 November 2026: the last day to appeal is 11 January 2027 (10 January is a Sunday), so the plan
        // would stop on 12 January.
        var sent = new DateOnly(2026, 11, 10);
        var priya = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoData.Caseworker.Email).Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var c = await db.AssessmentCases.Where(x => x.ChildId == leo).OrderByDescending(x => x.RequestReceivedOn).FirstAsync();
            db.PlanCessations.Add(new PlanCessation
            {
                AssessmentCaseId = c.Id, Ground = CessationGround.NoLongerNecessary, ProposedOn = new DateOnly(2026, 10, 1), ProposedAt = PortalFactory.Today.AddDays(-52),
                ProposalReasons = "Leo's needs are met by his school.", ProposedById = priya, SchoolConsultedOn = new DateOnly(2026, 10, 1),
                Decision = CessationDecision.Cease, DecidedOn = sent, DecisionReasons = "The school meets his needs.", NoticeSentOn = sent,
                CeasesOn = PlanCessation.CeasingDay(sent, null),
            });
            return await db.SaveChangesAsync();
        });
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);

        var (_, form) = await caseworker.GetAsync($"/children/{leo}/case/appeal");
        Assert.Contains("the decision to stop maintaining the EHC plan, made on 10 November 2026", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (lodged, _) = await caseworker.SubmitAsync(form, Date("LodgedOn", new DateOnly(2026, 11, 20)));
        Assert.Equal($"/children/{leo}/case", lodged.Headers.Location?.OriginalString);
        Assert.Equal(AppealedDecision.Ceasing, await factory.WithDbAsync(db => db.TribunalAppeals.Where(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == leo)).Select(a => a.Decision).SingleAsync()));

        // Past the last day to appeal, the plan is still in place: the appeal holds it.
        factory.Clock.Advance(TimeSpan.FromDays(60));
        using var motherLater = factory.CreatePortalClient();
        await motherLater.SignInAsync(DemoData.Parent);
        Assert.Contains("The family appealed, so the plan stays in place until the Tribunal decides.",
            (await motherLater.GetAsync($"/children/{leo}/plan")).Document.QuerySelector("#plan-cease")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The council decided on 10 November 2026 to stop maintaining the plan. The family appealed, so the plan stays in place until the Tribunal decides",
            (await motherLater.GetAsync($"/children/{leo}/case")).Document.QuerySelector("#where-now")!.TextContent);

        // Dismissed on 18 January 2027: the plan stops that day.
        using var caseworkerLater = factory.CreatePortalClient();
        await caseworkerLater.SignInAsync(DemoData.Caseworker);
        var (_, outcomeForm) = await caseworkerLater.GetAsync($"/children/{leo}/case/appeal");
        var (decided, _) = await caseworkerLater.SubmitAsync(outcomeForm, new Dictionary<string, string>(Date("OutcomeOn", new DateOnly(2027, 1, 18))) { ["Outcome"] = "Dismissed" });
        Assert.Equal($"/children/{leo}/case", decided.Headers.Location?.OriginalString);
        Assert.Contains("This plan stopped on 18 January 2027.",
            (await motherLater.GetAsync($"/children/{leo}/plan")).Document.QuerySelector("#plan-cease")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The plan stopped on 18 January 2027: the council decided to stop maintaining it",
            (await motherLater.GetAsync($"/children/{leo}/case")).Document.QuerySelector("#where-now")!.TextContent);
    }
}
