using System.Net;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Case;

/// <summary>
/// The council refused to assess Noah; his father appealed and the Tribunal ordered an assessment (Reg 44(2)(b)). The
/// order reopens the same case: the caseworker asks for advice and issues the draft and the final plan through the
/// portal's own pages, which meet the Tribunal's steps, while the 6 weeks stay as the refusal met them. The case is
/// changed in the database, so this has a portal of its own.
/// </summary>
public sealed class ReopenAfterTribunalOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Date(string field, int day, int month, int year) => new()
    {
        [$"{field}.Day"] = $"{day}", [$"{field}.Month"] = $"{month}", [$"{field}.Year"] = $"{year}",
    };

    /// <summary>Noah's request arrived on 3 September 2026; the council refused to assess on 8 October, within the 6 weeks.</summary>
    private async Task<Guid> NoahRefusedAsync()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await factory.WithDbAsync(async db =>
        {
            var c = await db.AssessmentCases.SingleAsync(x => x.ChildId == noah);
            c.RefusedOn = new DateOnly(2026, 10, 8);
            c.DecisionToAssessOn = null;
            return await db.SaveChangesAsync();
        });
        return noah;
    }

    private async Task<AssessmentCase> CaseAsync(Guid child) =>
        await factory.WithDbAsync(db => db.AssessmentCases.AsNoTracking().SingleAsync(c => c.ChildId == child));

    [Fact]
    public async Task An_order_to_assess_reopens_the_refused_case_and_its_own_pages_meet_the_Tribunals_steps()
    {
        var noah = await NoahRefusedAsync();
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);

        var (_, refusedAsk) = await caseworker.GetAsync($"/children/{noah}/advice/ask");
        Assert.Contains("the council decided not to assess, so there is no advice to ask for", refusedAsk.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The appeal, registered on 16 November 2026, and the order of 20 November to assess, posted five times at once.
        var (_, lodgeForm) = await caseworker.GetAsync($"/children/{noah}/case/appeal");
        var (lodged, _) = await caseworker.SubmitAsync(lodgeForm, Date("LodgedOn", 16, 11, 2026));
        Assert.Equal(HttpStatusCode.Redirect, lodged.StatusCode);
        var (_, outcomeForm) = await caseworker.GetAsync($"/children/{noah}/case/appeal");
        var order = new Dictionary<string, string>(Date("OutcomeOn", 20, 11, 2026)) { ["Outcome"] = "Ordered", ["WhatWasOrdered"] = "Assess" };
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(outcomeForm, order)));
        Assert.All(outcomes, r => Assert.Equal($"/children/{noah}/case", r.Response.Headers.Location?.OriginalString));

        var reopened = await CaseAsync(noah);
        Assert.Equal((new DateOnly(2026, 11, 20), new DateOnly(2026, 10, 8), (DateOnly?)null, new DateOnly(2026, 11, 20), (DateOnly?)null),
            (reopened.ReopenedOn!.Value, reopened.RefusedBeforeReopeningOn!.Value, reopened.RefusedOn, reopened.DecisionToAssessOn!.Value, reopened.ClosedOn));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.ChildId == noah && e.Detail.StartsWith("Case reopened on 20 November 2026"))));
        var (_, casePage) = await caseworker.GetAsync($"/children/{noah}/case");
        Assert.Equal("Reopened on 20 November 2026 after the Tribunal appeal: the letter telling the family the council will assess is due by 4 December 2026",
            casePage.QuerySelector("#where-now")!.TextContent.Trim());
        Assert.Contains("The final plan after the appeal is due by 26 February 2027.", casePage.QuerySelector("#tribunal-deadlines")!.TextContent, StringComparison.Ordinal);

        // The decision page records the decision to assess after the order, which is the letter the order requires within
        // 2 weeks (Reg 44(2)(b)): not before the order, then once however often it is posted.
        var (_, decisionPage) = await caseworker.GetAsync($"/children/{noah}/case/decision");
        Assert.Contains("The family must be told by 4 December 2026", decisionPage.QuerySelector("#after-order")!.TextContent, StringComparison.Ordinal);
        var (early, earlyPage) = await caseworker.SubmitAsync(decisionPage, Date("DecidedOn", 19, 11, 2026));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("on or after the date of the Tribunal's outcome, 20 November 2026", earlyPage.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var letters = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => caseworker.SubmitAsync(decisionPage, Date("DecidedOn", 21, 11, 2026))));
        Assert.All(letters, r => Assert.Equal($"/children/{noah}/case", r.Response.Headers.Location?.OriginalString));
        var told = await factory.WithDbAsync(db => db.TribunalAppeals.AsNoTracking().Where(a => a.AssessmentCaseId == reopened.Id).Select(a => a.FamilyToldOfAssessmentOn).SingleAsync());
        Assert.Equal(new DateOnly(2026, 11, 21), told);
        var toldFamily = Assert.Single(await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.DecisionMade), m => m.Contains("as the SEND Tribunal ordered on 20 November 2026", StringComparison.Ordinal));
        Assert.Contains("the final plan is due by 26 February 2027", toldFamily, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.ChildId == noah && e.Detail.StartsWith("Decided to carry out an EHC needs assessment after the Tribunal appeal"))));
        var (_, letterSent) = await caseworker.GetAsync($"/children/{noah}/case");
        Assert.Contains("The letter telling the family the council will assess was sent on 21 November 2026", letterSent.QuerySelector("#tribunal-deadlines")!.TextContent, StringComparison.Ordinal);
        var (_, decidedPage) = await caseworker.GetAsync($"/children/{noah}/case/decision");
        Assert.NotNull(decidedPage.QuerySelector("#after-order-told"));

        // The caseworker asks the social worker for advice on the reopened case.
        var (_, ask) = await caseworker.GetAsync($"/children/{noah}/advice/ask");
        var invitation = await factory.WithDbAsync(db => db.ProfessionalInvitations.Where(i => i.ChildId == noah && i.Email == DemoData.SocialWorker.Email).Select(i => i.Id).SingleAsync());
        var (asked, _) = await caseworker.SubmitAsync(ask, new Dictionary<string, string>(Date("RequestedOn", 21, 11, 2026)) { ["Contributor"] = invitation.ToString(), ["Type"] = "usual" });
        Assert.Equal($"/children/{noah}/advice", asked.Headers.Location?.OriginalString);

        // The team manager issues the draft, then the final plan, through the plan's own page.
        var (_, draftForm) = await manager.GetAsync($"/children/{noah}/plan/issue");
        var (draft, _) = await manager.SubmitAsync(draftForm, [("Kind", "Draft"), ("OverrideReason", "Issued to keep to the Tribunal's order"), ("ServedBy", "Email"),
            ("SentOn.Day", "22"), ("SentOn.Month", "11"), ("SentOn.Year", "2026")]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var (_, finalForm) = await manager.GetAsync($"/children/{noah}/plan/issue");
        var (final, _) = await manager.SubmitAsync(finalForm, [("Kind", "Final"), ("OverrideReason", "Issued to keep to the Tribunal's order")]);
        Assert.Equal(HttpStatusCode.Redirect, final.StatusCode);

        var (_, done) = await caseworker.GetAsync($"/children/{noah}/case");
        var tribunal = done.QuerySelector("#tribunal-deadlines")!.TextContent;
        Assert.Contains("The final plan after the appeal was issued on 22 November 2026", tribunal, StringComparison.Ordinal);
        Assert.DoesNotContain("decision not to issue a plan", tribunal, StringComparison.Ordinal);

        // The original 6 weeks stay met by the refusal, and nothing of the original assessment becomes overdue.
        var after = await factory.WithDbAsync(db => db.AssessmentCases.Include(c => c.Appeals).Include(c => c.AdviceRequests).Include(c => c.TimescaleExceptions).AsNoTracking().SingleAsync(c => c.ChildId == noah));
        var deadlines = AssessmentDeadlines.For(after, new DateOnly(2027, 6, 1));
        var decision = Assert.Single(deadlines, d => d.Kind == DeadlineKind.DecisionToAssess);
        Assert.Equal((new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 8), DeadlineState.Met), (decision.Due, decision.MetOn!.Value, decision.State));
        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.FinalPlan or DeadlineKind.DecisionNotToIssuePlan);
        Assert.Equal(DeadlineState.Met, Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalFinalPlan).State);
    }
}
