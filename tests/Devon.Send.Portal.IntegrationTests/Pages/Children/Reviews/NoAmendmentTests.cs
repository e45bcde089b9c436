using System.Net;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Reviews;

/// <summary>
/// After Leo's review the council proposes amendments, then decides not to amend after all (Reg 22(4)): the family is told
/// with reasons and the appeal date, the 8 weeks are met, and the proposed amendments close. A portal of its own.
/// </summary>
public sealed class NoAmendmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> DateOf(string field, DateOnly day) => new()
    {
        [$"{field}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Deciding_not_to_amend_tells_the_family_why_meets_the_8_weeks_and_closes_the_proposed_amendments()
    {
        var leo = await factory.ChildIdAsync("Leo");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToUkTime().DateTime);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);

        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/children/{leo}/reviews/no-amendment")).Response.StatusCode);
        var (_, none) = await caseworker.GetAsync($"/children/{leo}/reviews/no-amendment");
        Assert.Null(none.QuerySelector("main form"));

        var (_, arrange) = await caseworker.GetAsync($"/children/{leo}/reviews/arrange");
        await caseworker.SubmitAsync(arrange, DateOf("MeetingOn", today));
        var (_, meeting) = await caseworker.GetAsync($"/children/{leo}/reviews/meeting");
        await caseworker.SubmitAsync(meeting, new Dictionary<string, string>(DateOf("HeldOn", today))
        {
            ["Attendees"] = "Leo's mother, the SENCO, the caseworker", ["Discussion"] = "Therapy may need to restart.", ["Recommendation"] = "Amend",
        });
        var (_, decision) = await caseworker.GetAsync($"/children/{leo}/reviews/decision");
        await caseworker.SubmitAsync(decision, new Dictionary<string, string>(DateOf("DecidedOn", today)) { ["Decision"] = "Amend", ["Reasons"] = "Section F may need the therapy restored." });
        var (_, issue) = await caseworker.GetAsync($"/children/{leo}/plan/issue");
        var (notice, _) = await caseworker.SubmitAsync(issue, new Dictionary<string, string> { ["Kind"] = "AmendmentDraft" });
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        var (_, reviews) = await caseworker.GetAsync($"/children/{leo}/reviews");
        Assert.NotNull(reviews.QuerySelector($"#review-actions a[href='/children/{leo}/reviews/no-amendment']"));

        var (_, form) = await caseworker.GetAsync($"/children/{leo}/reviews/no-amendment");
        Assert.Contains($"is due by {today.AddDays(56).ToUkDate()}", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, empty) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["DecidedOn.Day"] = "" });
        Assert.Equal(["#DecidedOn", "#Reasons"], empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        var (_, early) = await caseworker.SubmitAsync(form, new Dictionary<string, string>(DateOf("DecidedOn", today.AddDays(-1))) { ["Reasons"] = "Reasons" });
        Assert.Equal($"The date of the decision must be on or after the proposed amendments, {today.ToUkDate()}", early.QuerySelector(".govuk-error-summary__list a")!.TextContent);

        // Five identical posts at once: one decision, one message, no error.
        var reasons = "The therapist's new advice shows Leo's current provision still meets his needs, so the plan stays as it is.";
        var posts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Reasons"] = reasons })));
        Assert.All(posts, p => Assert.Equal($"/children/{leo}/reviews", p.Response.Headers.Location?.OriginalString));
        Assert.Equal($"The council decided not to make the changes it proposed to Leo's EHC plan. The plan stays as it was. You can ask for mediation, and appeal to the SEND Tribunal by {StatutoryClock.AppealDue(today, null).ToUkDate()}",
            Assert.Single(await factory.MessagesAsync(DemoData.Parent, NotificationKind.NoAmendmentDecided)));
        var review = await factory.WithDbAsync(db => db.AnnualReviews.SingleAsync(r => r.NoAmendmentOn != null && db.AssessmentCases.Any(c => c.Id == r.AssessmentCaseId && c.ChildId == leo)));
        Assert.Equal(reasons, review.NoAmendmentReasons);
        Assert.Equal(today, review.CompletedOn);

        // The proposed amendments no longer take a response.
        var (_, plan) = await mother.GetAsync($"/children/{leo}/plan");
        Assert.Null(plan.QuerySelector(".app-draft-feedback"));

        // The family's right to appeal it (s51(2)(e)) is on the case page, and mediation and the appeal are about it.
        var appealBy = StatutoryClock.AppealDue(today, null).ToUkDate();
        Assert.Equal(today, await factory.WithDbAsync(db => db.AssessmentCases.Where(c => c.ChildId == leo).Select(c => c.RefusedToAmendOn).SingleAsync()));
        var (_, casePage) = await mother.GetAsync($"/children/{leo}/case");
        Assert.Equal("If you disagree with the decision not to amend the plan", casePage.QuerySelector("#fresh-appeal")!.PreviousElementSibling!.PreviousElementSibling!.TextContent);
        Assert.Contains($"until {appealBy}", casePage.QuerySelector("#fresh-appeal")!.TextContent, StringComparison.Ordinal);
        var (_, mediation) = await mother.GetAsync($"/children/{leo}/case/mediation");
        Assert.Contains($"This is about the decision, after the annual review, not to amend the EHC plan, made on {today.ToUkDate()}.", mediation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, appeal) = await caseworker.GetAsync($"/children/{leo}/case/appeal");
        await caseworker.SubmitAsync(appeal, new Dictionary<string, string>(DateOf("LodgedOn", today)));
        Assert.Equal(AppealedDecision.RefusalToAmend, await factory.WithDbAsync(db => db.TribunalAppeals.Where(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == leo)).Select(a => a.Decision).SingleAsync()));
    }

    [Fact]
    public async Task Keeping_the_plan_after_a_review_tells_the_family_of_their_appeal_and_mediation()
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToUkTime().DateTime);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, arrange) = await caseworker.GetAsync($"/children/{jacob}/reviews/arrange");
        await caseworker.SubmitAsync(arrange, DateOf("MeetingOn", today));
        var (_, meeting) = await caseworker.GetAsync($"/children/{jacob}/reviews/meeting");
        await caseworker.SubmitAsync(meeting, new Dictionary<string, string>(DateOf("HeldOn", today))
        {
            ["Attendees"] = "Jacob, his mother, his college tutor", ["Discussion"] = "The plan is working.", ["Recommendation"] = "Keep",
        });
        var (_, decision) = await caseworker.GetAsync($"/children/{jacob}/reviews/decision");
        await caseworker.SubmitAsync(decision, new Dictionary<string, string>(DateOf("DecidedOn", today)) { ["Decision"] = "Keep", ["Reasons"] = "Jacob is making good progress." });

        var appealBy = StatutoryClock.AppealDue(today, null).ToUkDate();
        Assert.Equal([$"After the annual review, the council decided to keep your EHC plan as it is. If you disagree, you can ask for mediation, and appeal to the SEND Tribunal by {appealBy}"],
            (await factory.MessagesAsync(DemoData.YoungPerson, NotificationKind.ReviewDecided)).Select(m => m.Replace("Jacob's", "your", StringComparison.Ordinal)));
        // His mother is told once, with the same rights.
        Assert.Equal([$"After the annual review, the council decided to keep Jacob's EHC plan as it is. If you disagree, you can ask for mediation, and appeal to the SEND Tribunal by {appealBy}"],
            await factory.MessagesAsync(DemoData.ThirdParent, NotificationKind.ReviewDecided));
        using var youngPerson = factory.CreatePortalClient();
        await youngPerson.SignInAsync(DemoData.YoungPerson);
        var (_, casePage) = await youngPerson.GetAsync($"/children/{jacob}/case");
        Assert.Contains($"until {appealBy}", casePage.QuerySelector("#fresh-appeal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"An appeal to the SEND Tribunal against the decision not to amend the plan can be made until {appealBy}.", casePage.QuerySelector("#family-next-step")!.TextContent, StringComparison.Ordinal);
        var (_, mediation) = await youngPerson.GetAsync($"/children/{jacob}/case/mediation");
        Assert.Contains("not to amend the EHC plan", mediation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(mediation.QuerySelector("main form"));
    }
}
