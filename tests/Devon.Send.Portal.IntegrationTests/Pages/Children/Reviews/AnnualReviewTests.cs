using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Reviews;

/// <summary>
/// An annual review from the arranged meeting to the amended plan, through the pages each person uses; and who may
/// see it and add to it. The demo's Leo has a review meeting arranged for 8 December 2026, the day before it is due.
/// </summary>
public sealed class AnnualReviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_review_runs_from_the_meeting_to_the_amended_plan_with_its_deadlines_and_everyone_told()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);
        var (_, reviews) = await mother.GetAsync($"/children/{leo}/reviews");
        Assert.Contains("8 December 2026", reviews.QuerySelector("#open-review")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Parent", reviews.QuerySelector("#open-review")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Review meeting notice and papers sent", reviews.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("24 November 2026", reviews.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(reviews.QuerySelector("#review-actions"));

        // The caseworker moves the meeting and records the papers; the date must be after the plan and the papers not after the meeting.
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, arrange) = await caseworker.GetAsync($"/children/{leo}/reviews/arrange");
        Assert.Equal("8", arrange.QuerySelector("input[name='MeetingOn.Day']")!.GetAttribute("value"));
        var (_, wrong) = await caseworker.SubmitAsync(arrange, new Dictionary<string, string>
        {
            ["MeetingOn.Day"] = "1", ["MeetingOn.Month"] = "1", ["MeetingOn.Year"] = "2025",
            ["PapersSentOn.Day"] = "30", ["PapersSentOn.Month"] = "11", ["PapersSentOn.Year"] = "2026",
        });
        Assert.Equal(["#MeetingOn", "#PapersSentOn"], wrong.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Contains("after the final plan was issued", wrong.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The date the papers were sent must be today or in the past", wrong.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        var (moved, _) = await caseworker.SubmitAsync(arrange, new Dictionary<string, string>
        {
            ["MeetingOn.Day"] = "4", ["MeetingOn.Month"] = "12", ["MeetingOn.Year"] = "2026",
            ["PapersSentOn.Day"] = "20", ["PapersSentOn.Month"] = "11", ["PapersSentOn.Year"] = "2026",
        });
        Assert.Equal($"/children/{leo}/reviews", moved.Headers.Location!.OriginalString);
        Assert.Contains(await factory.MessagesAsync(DemoData.Parent, NotificationKind.ReviewArranged), m => m.StartsWith("Leo's annual review meeting is on 4 December 2026.", StringComparison.Ordinal));

        // The mother changes her views: still one set of views, hers.
        var (_, views) = await mother.GetAsync($"/children/{leo}/reviews/views");
        Assert.Contains("the quiet room at lunchtime", views.QuerySelector("#WorkingWell")!.TextContent, StringComparison.Ordinal);
        var (empty, _) = await mother.SubmitAsync(views, new Dictionary<string, string> { ["WorkingWell"] = " ", ["NotWorking"] = "", ["Changes"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var (saved, _) = await mother.SubmitAsync(views, new Dictionary<string, string> { ["Changes"] = "Speech and language sessions every week, written into section F." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReviewContributions.CountAsync()));

        // The meeting cannot be recorded before it is held.
        var (_, meeting) = await caseworker.GetAsync($"/children/{leo}/reviews/meeting");
        var record = new Dictionary<string, string>
        {
            ["HeldOn.Day"] = "4", ["HeldOn.Month"] = "12", ["HeldOn.Year"] = "2026",
            ["Attendees"] = "Leo's mother, Leo, the SENCO, the caseworker",
            ["Discussion"] = "Leo is settled; speech and language therapy should restart.",
            ["Recommendation"] = "Amend",
        };
        var (_, early) = await caseworker.SubmitAsync(meeting, record);
        Assert.Contains("record the meeting once it has been held", early.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromDays(13)); // 5 December 2026: everyone signs in again
        await caseworker.SignInAsync(DemoData.Caseworker);
        await mother.SignInAsync(DemoData.Parent);
        (_, meeting) = await caseworker.GetAsync($"/children/{leo}/reviews/meeting");
        var (recorded, _) = await caseworker.SubmitAsync(meeting, record);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var (_, closed) = await mother.GetAsync($"/children/{leo}/reviews/views");
        Assert.Contains("can no longer be added", closed.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The decision: not before the meeting; then amend.
        var (_, decision) = await caseworker.GetAsync($"/children/{leo}/reviews/decision");
        Assert.Equal("Amend", decision.QuerySelector("input[name=Decision][checked]")!.GetAttribute("value"));
        var (_, tooEarly) = await caseworker.SubmitAsync(decision, new Dictionary<string, string>
        {
            ["Decision"] = "Amend", ["Reasons"] = "Section F needs the therapy restored.",
            ["DecidedOn.Day"] = "1", ["DecidedOn.Month"] = "12", ["DecidedOn.Year"] = "2026",
        });
        Assert.Equal("The date of the decision must be on or after the meeting, 4 December 2026", tooEarly.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        var (decided, _) = await caseworker.SubmitAsync(decision, new Dictionary<string, string>
        {
            ["Decision"] = "Amend", ["Reasons"] = "Section F needs the therapy restored.",
            ["DecidedOn.Day"] = "5", ["DecidedOn.Month"] = "12", ["DecidedOn.Year"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains(await factory.MessagesAsync(DemoData.Parent, NotificationKind.ReviewDecided),
            m => m == "After the annual review, the council decided to amend Leo's EHC plan. The proposed amendments are due by 1 January 2027");

        // Proposed amendments are the notice; the family responds; the amended plan ends the review.
        var (_, issue) = await caseworker.GetAsync($"/children/{leo}/plan/issue");
        var (notice, _) = await caseworker.SubmitAsync(issue, new Dictionary<string, string> { ["Kind"] = "AmendmentDraft" });
        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        Assert.Contains(await factory.MessagesAsync(DemoData.Parent, NotificationKind.DraftIssued),
            m => m == "Proposed amendments to Leo's EHC plan have been issued. Your response to them is due by 19 December 2026");
        (_, reviews) = await caseworker.GetAsync($"/children/{leo}/reviews");
        Assert.Contains("Family's response to the proposed amendments", reviews.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var (_, respond) = await mother.GetAsync($"{notice.Headers.Location!.OriginalString}/response");
        Assert.Equal("Do you agree with the proposed amendments?", respond.QuerySelector("#Agrees-hint, fieldset legend")!.TextContent.Trim());
        var (responded, _) = await mother.SubmitAsync(respond, new Dictionary<string, string>
        {
            ["Agrees"] = "yes", ["PreferredSettingName"] = "Exeter Road Academy", ["PreferredSettingType"] = "Mainstream",
            ["WantsMeeting"] = "no", ["WantsPersonalBudget"] = "no",
        });
        Assert.Equal(HttpStatusCode.Redirect, responded.StatusCode);

        (_, issue) = await caseworker.GetAsync($"/children/{leo}/plan/issue");
        var (amended, _) = await caseworker.SubmitAsync(issue, new Dictionary<string, string> { ["Kind"] = "AmendedFinal" });
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);

        // The amended plan gives the family a fresh right to appeal its contents (s51(2)(c)), 2 months from the day it was sent.
        Assert.Contains(await factory.MessagesAsync(DemoData.Parent, NotificationKind.PlanIssued),
            m => m == "Leo's amended EHC plan was issued on 5 December 2026. If you disagree with the needs, the provision or the school it names, you can ask for mediation, and appeal to the SEND Tribunal by 5 February 2027");
        Assert.DoesNotContain(await factory.MessagesAsync(DemoData.Senco, NotificationKind.PlanIssued), m => m.Contains("appeal", StringComparison.Ordinal));
        var (_, rights) = await mother.GetAsync($"/children/{leo}/case");
        Assert.Contains("appeal to the First-tier Tribunal (SEND) until 5 February 2027", rights.QuerySelector("#fresh-appeal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("An appeal to the SEND Tribunal against the amended plan can be made until 5 February 2027.", rights.QuerySelector("#family-next-step")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Appeal to the SEND Tribunal against the amended plan", rights.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var (_, mediation) = await mother.GetAsync($"/children/{leo}/case/mediation");
        Assert.Contains("This is about the amended EHC plan (the needs, the provision or the school named), made on 5 December 2026.", mediation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 February 2027", mediation.QuerySelector("#appeal-by")!.TextContent, StringComparison.Ordinal);
        var (_, appealPage) = await caseworker.GetAsync($"/children/{leo}/case/appeal");
        Assert.Contains("the amended EHC plan (the needs, the provision or the school named), made on 5 December 2026", appealPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == leo).Select(e => e.Detail).ToListAsync()),
            d => d.EndsWith("the family may appeal it until 5 February 2027 (Children and Families Act 2014, section 51(2)(c))", StringComparison.Ordinal));

        var review = await factory.WithDbAsync(db => db.AnnualReviews.SingleAsync(r => db.AssessmentCases.Any(c => c.Id == r.AssessmentCaseId && c.ChildId == leo)));
        Assert.Equal((new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5)),
            (review.AmendmentNoticeOn!.Value, review.FamilyResponseOn!.Value, review.AmendedPlanOn!.Value, review.CompletedOn!.Value));
        (_, reviews) = await mother.GetAsync($"/children/{leo}/reviews");
        Assert.Contains("must be held by 3 December 2027", reviews.QuerySelector("#review-now")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Annual review 1: meeting on 4 December 2026, amend the plan", reviews.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
        var (_, casePage) = await mother.GetAsync($"/children/{leo}/case");
        Assert.Contains("Annual review meeting", casePage.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeping_the_plan_ends_the_review_and_stopping_it_leads_to_a_proposal_on_which_the_family_is_consulted()
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToUkTime().DateTime);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        // Jacob is 19 and left his college a month ago: the plan cannot stop before a review (Reg 30).
        await factory.WithDbAsync(db => db.Children.Where(c => c.Id == jacob).ExecuteUpdateAsync(x => x.SetProperty(c => c.DateOfBirth, today.AddYears(-19))));
        var (_, tooSoon) = await caseworker.GetAsync($"/children/{jacob}/plan/cease/propose");
        var (_, refused) = await caseworker.SubmitAsync(tooSoon, new Dictionary<string, string>(DateOf("LeftEducationOn", today.AddDays(-30)))
        {
            ["Ground"] = "NoLongerNecessary", ["Reasons"] = "Jacob has left college.",
        });
        Assert.Equal($"The plan was last reviewed on {today.AddMonths(-5).ToUkDate()}, before the young person stopped attending on {today.AddDays(-30).ToUkDate()}. Hold a review first to find out whether they want to return to education or training: a plan cannot stop for a young person aged 18 or over who has left education until it has been reviewed (SEND Regulations 2014, regulation 30)",
            refused.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PlanCessations.CountAsync(x => db.AssessmentCases.Any(c => c.Id == x.AssessmentCaseId && c.ChildId == jacob))));
        var (_, arrange) = await caseworker.GetAsync($"/children/{jacob}/reviews/arrange");
        await caseworker.SubmitAsync(arrange, DateOf("MeetingOn", today));
        var (_, meeting) = await caseworker.GetAsync($"/children/{jacob}/reviews/meeting");
        var (_, missing) = await caseworker.SubmitAsync(meeting, new Dictionary<string, string>());
        Assert.Equal(["#Attendees", "#Discussion", "#Recommendation"], missing.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
        await caseworker.SubmitAsync(meeting, new Dictionary<string, string>(DateOf("HeldOn", today))
        {
            ["Attendees"] = "Jacob, his mother, his college tutor", ["Discussion"] = "Jacob has met his outcomes and is starting work.", ["Recommendation"] = "Cease",
        });
        var (_, decision) = await caseworker.GetAsync($"/children/{jacob}/reviews/decision");
        var (done, _) = await caseworker.SubmitAsync(decision, new Dictionary<string, string>(DateOf("DecidedOn", today))
        {
            ["Decision"] = "Cease", ["Reasons"] = "Jacob no longer needs special educational provision: he has an apprenticeship.",
        });
        // Ceasing needs the family and the college consulted first (Reg 31(1)): the review leads to the proposal, and the case stays open.
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/children/{jacob}/plan/cease/propose?review=1", done.Headers.Location?.OriginalString);
        Assert.Empty(await factory.MessagesAsync(DemoData.YoungPerson, NotificationKind.ReviewDecided));
        var (_, propose) = await caseworker.GetAsync(done.Headers.Location!.OriginalString);
        Assert.Equal("Jacob no longer needs special educational provision: he has an apprenticeship.", propose.QuerySelector("textarea[name='Reasons']")!.TextContent.Trim());
        var (proposed, _) = await caseworker.SubmitAsync(propose, new Dictionary<string, string>(DateOf("LeftEducationOn", today.AddDays(-30))) { ["Ground"] = "NoLongerNecessary" });
        Assert.Equal($"/children/{jacob}/plan/cease", proposed.Headers.Location?.OriginalString);

        var (_, casePage) = await caseworker.GetAsync($"/children/{jacob}/case");
        Assert.Equal($"The council is considering stopping the plan (proposed on {today.ToUkDate()})", casePage.QuerySelector("#where-now")!.TextContent);
        // Jacob reads about his own plan in the second person; his mother reads his name.
        Assert.Contains(await factory.MessagesAsync(DemoData.YoungPerson, NotificationKind.CessationProposed),
            m => m.StartsWith("The council is thinking about stopping your EHC plan. Nothing changes yet", StringComparison.Ordinal));
        Assert.Contains(await factory.MessagesAsync(DemoData.ThirdParent, NotificationKind.CessationProposed),
            m => m.StartsWith("The council is thinking about stopping Jacob's EHC plan. Nothing changes yet", StringComparison.Ordinal));
        using var youngPerson = factory.CreatePortalClient();
        await youngPerson.SignInAsync(DemoData.YoungPerson);
        var (_, ceasePage) = await youngPerson.GetAsync($"/children/{jacob}/plan/cease");
        var banner = ceasePage.QuerySelector("main .govuk-notification-banner")!;
        Assert.Equal("Tell us what you think about stopping your EHC plan", banner.QuerySelector(".govuk-notification-banner__heading")!.TextContent);
        Assert.Equal($"/children/{jacob}/plan/cease/views", banner.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PlanCessations.CountAsync(x => x.AnnualReviewNumber == 1 && db.AssessmentCases.Any(c => c.Id == x.AssessmentCaseId && c.ChildId == jacob))));
    }

    [Theory]
    [InlineData("kwame.osei@example.com")] // another family's father
    [InlineData("psychologist@example.org")] // a professional not invited to Leo
    public async Task Someone_not_on_the_case_cannot_see_the_reviews_or_give_views(string email)
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var stranger = factory.CreatePortalClient();
        await stranger.SignInAsync(email);

        var (reviews, _) = await stranger.GetAsync($"/children/{leo}/reviews");
        var (views, _) = await stranger.GetAsync($"/children/{leo}/reviews/views");

        Assert.Equal(HttpStatusCode.NotFound, reviews.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, views.StatusCode);
    }

    [Fact]
    public async Task A_family_cannot_arrange_record_or_decide_a_review()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);
        foreach (var page in new[] { "arrange", "meeting", "decision" })
        {
            var (response, _) = await mother.GetAsync($"/children/{leo}/reviews/{page}");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_exception_is_recorded_with_its_basis_period_and_limits_and_the_family_is_told()
    {
        var isla = await factory.ChildIdAsync("Isla");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{isla}/case/exception");
        var (_, errors) = await caseworker.SubmitAsync(form, new Dictionary<string, string>());
        Assert.Equal(["#Basis", "#Details", "#From", "#Limits"], errors.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).Order().ToList());

        (string, string)[] details = [("Details", "The family is abroad caring for a relative from 1 November to 31 December.")];
        var (_, appointment) = await caseworker.SubmitAsync(form,
            [("Basis", "MissedAppointment"), ("Limits", "DecisionToAssess"), ("Limits", "FinalPlan"), ("From.Day", "1"), ("From.Month", "11"), ("From.Year", "2026"), .. details]);
        Assert.Equal("A missed appointment is not a reason to lift the decision whether to assess (6 weeks) (SEND Regulations 2014, regulation 5(4))",
            appointment.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        var (_, backwards) = await caseworker.SubmitAsync(form,
            [("Basis", "FamilyAwayFromArea"), ("Limits", "FinalPlan"), ("From.Day", "1"), ("From.Month", "11"), ("From.Year", "2026"), ("To.Day", "31"), ("To.Month", "10"), ("To.Year", "2026"), .. details]);
        Assert.Equal("The date the circumstances ended must be the same as or after the date they began", backwards.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("The family is abroad caring for a relative from 1 November to 31 December.", backwards.QuerySelector("#Details")!.TextContent);

        var (recorded, _) = await caseworker.SubmitAsync(form,
            [("Basis", "FamilyAwayFromArea"), ("Limits", "Advice"), ("Limits", "FinalPlan"), ("From.Day", "1"), ("From.Month", "11"), ("From.Year", "2026"), ("To.Day", "31"), ("To.Month", "12"), ("To.Year", "2026"), .. details]);
        Assert.Equal($"/children/{isla}/case", recorded.Headers.Location!.OriginalString);
        var saved = await factory.WithDbAsync(db => db.TimescaleExceptions.SingleAsync(e => db.AssessmentCases.Any(c => c.Id == e.AssessmentCaseId && c.ChildId == isla)));
        Assert.Equal(ExceptionLimits.Advice | ExceptionLimits.FinalPlan, saved.Limits);
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31)), (saved.FromOn!.Value, saved.ToOn!.Value));

        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);
        Assert.Contains(await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.ExceptionRecorded),
            m => m.StartsWith("Some time limits for Isla's assessment no longer apply, for advice (6 weeks from being asked) and the final plan (20 weeks): the family was away from the area for 4 weeks or more, from 1 November 2026 to 31 December 2026", StringComparison.Ordinal));
        var (_, casePage) = await father.GetAsync($"/children/{isla}/case");
        var shown = casePage.QuerySelector("#exceptions")!.TextContent;
        Assert.Contains("The family is abroad caring for a relative", shown, StringComparison.Ordinal);
        Assert.Contains("from 1 November 2026 to 31 December 2026", shown, StringComparison.Ordinal);
        Assert.Contains("It affects advice (6 weeks from being asked) and the final plan (20 weeks).", shown, StringComparison.Ordinal);
        Assert.Contains("SEND Regulations 2014, regulations 8(2) and 13(3)", shown, StringComparison.Ordinal);
        var (refused, _) = await father.GetAsync($"/children/{isla}/case/exception");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static Dictionary<string, string> DateOf(string field, DateOnly day) => new()
    {
        [$"{field}.Day"] = day.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = day.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
