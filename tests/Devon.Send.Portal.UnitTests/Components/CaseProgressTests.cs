using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class CaseProgressTests : BunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Marks_earlier_steps_done_and_the_current_step_for_screen_readers_too()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-126), DecisionToAssessOn = Today.AddDays(-90), DraftPlanIssuedOn = Today.AddDays(-6) };

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2020, 1, 1), Today)));

        var steps = cut.FindAll("li.app-case-progress__step");
        Assert.Equal(4, steps.Count);
        Assert.Contains("app-case-progress__step--done", steps[1].ClassName);
        Assert.Contains("app-case-progress__step--current", steps[2].ClassName);
        Assert.Equal("Current step: Draft plan", steps[2].TextContent.Trim());
        Assert.StartsWith("Not started:", steps[3].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_next_deadline_in_UK_date_format_with_days_left()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-126), DecisionToAssessOn = Today.AddDays(-90), DraftPlanIssuedOn = Today.AddDays(-6) };

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2020, 1, 1), Today)));

        var row = cut.Find(".app-case-progress__deadline .govuk-summary-list__row");
        Assert.Equal("Family's response to the draft plan", row.QuerySelector("dt")!.TextContent);
        Assert.Contains("by 30 November 2026", row.QuerySelector("dd")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Due in 8 days", cut.Find(".govuk-tag").TextContent);
    }

    [Fact]
    public void Says_how_much_advice_is_late()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-80), DecisionToAssessOn = Today.AddDays(-45) };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Education, RequestedOn = Today.AddDays(-45) });

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2020, 1, 1), Today)));

        Assert.Contains("1 piece of advice is overdue", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Overdue by 3 days", cut.Find(".govuk-tag").TextContent);
        Assert.Contains("govuk-tag--red", cut.Find(".govuk-tag").ClassName);
    }

    [Fact]
    public void Shows_an_annual_review_under_way_as_a_stage_after_the_final_plan_with_its_steps()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-500), DecisionToAssessOn = Today.AddDays(-460), DraftPlanIssuedOn = Today.AddDays(-400), FinalPlanIssuedOn = Today.AddDays(-340) };
        c.AnnualReviews.Add(new AnnualReview { Number = 1, PlanOrLastReviewOn = c.FinalPlanIssuedOn.Value, MeetingOn = new DateOnly(2027, 2, 3), ArrangedById = "caseworker" });

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2015, 1, 1), Today)));

        var steps = cut.FindAll("li.app-case-progress__step");
        Assert.Equal(5, steps.Count);
        Assert.Contains("app-case-progress__step--done", steps[3].ClassName);
        Assert.StartsWith("Completed: Final plan", steps[3].TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Current step: Annual review: meeting on 3 February 2027", steps[4].TextContent.Trim(), StringComparison.Ordinal);
        var reviewSteps = cut.FindAll(".app-case-progress__review-step");
        Assert.Equal(["Arranging", "Views", "Meeting", "Decision"], reviewSteps.Select(s => s.GetAttribute("data-step")).ToList());
        Assert.Contains("app-case-progress__review-step--done", reviewSteps[0].ClassName);
        Assert.Contains("app-case-progress__review-step--current", reviewSteps[1].ClassName);
        Assert.Equal("Now", reviewSteps[1].QuerySelector(".govuk-tag")!.TextContent);
    }

    [Fact]
    public void Shows_the_amending_step_once_the_council_decides_to_amend()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-500), DecisionToAssessOn = Today.AddDays(-460), DraftPlanIssuedOn = Today.AddDays(-400), FinalPlanIssuedOn = Today.AddDays(-340) };
        c.AnnualReviews.Add(new AnnualReview
        {
            Number = 1, PlanOrLastReviewOn = c.FinalPlanIssuedOn.Value, MeetingOn = Today.AddDays(-20), ArrangedById = "caseworker",
            Decision = ReviewDecision.Amend, DecisionOn = Today.AddDays(-5),
        });

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2015, 1, 1), Today)));

        Assert.StartsWith("Current step: Annual review: meeting held on 2 November 2026", cut.Find("#review-progress").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("app-case-progress__review-step--current", cut.Find("[data-step='Amending']").ClassName);
    }

    [Fact]
    public void A_final_plan_with_its_review_far_off_shows_no_review_stage()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-200), DecisionToAssessOn = Today.AddDays(-160), DraftPlanIssuedOn = Today.AddDays(-100), FinalPlanIssuedOn = Today.AddDays(-60) };

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2015, 1, 1), Today)));

        Assert.Equal(4, cut.FindAll("li.app-case-progress__step").Count);
        Assert.Empty(cut.FindAll("#review-progress"));
    }

    [Fact]
    public void A_review_falling_due_soon_shows_as_being_arranged()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-500), DecisionToAssessOn = Today.AddDays(-460), DraftPlanIssuedOn = Today.AddDays(-400), FinalPlanIssuedOn = Today.AddDays(-320) };

        var review = ReviewProgress.Of(c, Today)!;

        Assert.Equal(ReviewStep.Arranging, review.Step);
        Assert.Equal($"Annual review: due by {StatutoryClock.AnnualReviewDue(c.FinalPlanIssuedOn.Value).ToUkDate()}", review.Label);
    }
}
