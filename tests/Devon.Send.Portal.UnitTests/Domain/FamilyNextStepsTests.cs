using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>The family's next step, first on every page they read, at each stage of a case.</summary>
public sealed class FamilyNextStepsTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DateOnly Born = new(2015, 4, 1);
    private static readonly Guid Child = Guid.Parse("11111111-2222-3333-4444-555555555555");

    private static FamilyCaseFacts Facts(AssessmentCase c, bool readerIsTheChild = false, DateOnly? draftResponseOn = null) =>
        new(Child, "Leo", readerIsTheChild, CaseTimeline.Of(c, Born, Today, draftResponseOn), Today) { MayRespond = true };

    private static AssessmentCase Requested() => new() { RequestReceivedOn = Today.AddDays(-10) };

    private static AssessmentCase Drafted() => new()
    {
        RequestReceivedOn = Today.AddDays(-100),
        DecisionToAssessOn = Today.AddDays(-70),
        DraftPlanIssuedOn = Today.AddDays(-1),
    };

    private static AssessmentCase Final() => new()
    {
        RequestReceivedOn = Today.AddDays(-300),
        DecisionToAssessOn = Today.AddDays(-260),
        DraftPlanIssuedOn = Today.AddDays(-200),
        FinalPlanIssuedOn = Today.AddDays(-180),
    };

    [Fact]
    public void A_new_request_asks_nothing_of_the_family_and_says_when_the_council_decides()
    {
        var step = FamilyNextSteps.For(Facts(Requested()));

        Assert.Equal(FamilyStepKind.Waiting, step.Kind);
        Assert.False(step.MustAct);
        Assert.Equal("There is nothing you need to do now", step.Heading);
        Assert.Equal($"The decision whether to assess is due by {StatutoryClock.DecisionToAssessDue(Today.AddDays(-10)).ToUkDate()}.", step.Detail);
        Assert.Null(step.LinkUrl);
    }

    [Fact]
    public void A_draft_plan_asks_the_family_to_respond_by_the_last_of_their_15_days_with_the_choices_they_have()
    {
        var step = FamilyNextSteps.For(Facts(Drafted()) with { OpenDraftNumber = 1, OpenDraftKind = PlanVersionKind.Draft, OpenDraftDue = new DateOnly(2026, 12, 16) });

        Assert.Equal(FamilyStepKind.RespondToDraft, step.Kind);
        Assert.True(step.MustAct);
        Assert.Equal("Tell us what you think of Leo's draft plan by 16 December 2026", step.Heading);
        Assert.Equal("You can also name the school or college you would like, ask for a meeting with your caseworker, and ask for a personal budget.", step.Detail);
        Assert.Equal("Respond to the draft plan", step.LinkText);
        Assert.Equal($"/children/{Child}/plan/versions/1/response", step.LinkUrl);
    }

    [Fact]
    public void A_young_person_is_asked_about_their_own_draft_plan_in_the_second_person()
    {
        var step = FamilyNextSteps.For(Facts(Drafted(), readerIsTheChild: true) with { OpenDraftNumber = 1, OpenDraftKind = PlanVersionKind.Draft, OpenDraftDue = new DateOnly(2026, 12, 16) });

        Assert.Equal("Tell us what you think of your draft plan by 16 December 2026", step.Heading);
    }

    [Fact]
    public void Once_the_family_has_responded_the_page_says_when_the_final_plan_is_due()
    {
        var step = FamilyNextSteps.For(Facts(Drafted(), draftResponseOn: Today) with
        {
            OpenDraftNumber = 1, OpenDraftKind = PlanVersionKind.Draft, OpenDraftDue = new DateOnly(2026, 12, 16), Responded = true,
        });

        Assert.Equal(FamilyStepKind.Waiting, step.Kind);
        Assert.Equal($"The final plan is due by {StatutoryClock.FinalPlanDue(Today.AddDays(-100)).ToUkDate()}.", step.Detail);
    }

    [Fact]
    public void A_parent_whose_young_person_now_responds_is_not_asked_to()
    {
        var step = FamilyNextSteps.For(Facts(Drafted()) with
        {
            OpenDraftNumber = 1, OpenDraftKind = PlanVersionKind.Draft, OpenDraftDue = new DateOnly(2026, 12, 16), MayRespond = false,
        });

        Assert.False(step.MustAct);
    }

    [Fact]
    public void Proposed_amendments_ask_for_a_response_to_the_changes()
    {
        var step = FamilyNextSteps.For(Facts(Final()) with { OpenDraftNumber = 3, OpenDraftKind = PlanVersionKind.AmendmentDraft, OpenDraftDue = new DateOnly(2026, 12, 17) });

        Assert.Equal(FamilyStepKind.RespondToAmendments, step.Kind);
        Assert.Equal("Tell us what you think of the proposed changes to Leo's plan by 17 December 2026", step.Heading);
        Assert.Equal($"/children/{Child}/plan/versions/3/response", step.LinkUrl);
    }

    [Fact]
    public void During_the_assessment_the_family_is_asked_for_their_advice_by_its_due_day()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-40), DecisionToAssessOn = Today.AddDays(-20) };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.ParentOrYoungPerson, RequestedOn = Today.AddDays(-20) });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = Today.AddDays(-20) });

        var step = FamilyNextSteps.For(Facts(c));

        Assert.Equal(FamilyStepKind.GiveAdvice, step.Kind);
        Assert.Equal("Give your advice for Leo's assessment by 25 December 2026", step.Heading);
        Assert.Equal("/advice", step.LinkUrl);
    }

    [Fact]
    public void An_annual_review_asks_for_the_familys_views_by_the_day_the_papers_go_out()
    {
        var c = Final();
        c.AnnualReviews.Add(new AnnualReview { Number = 1, PlanOrLastReviewOn = c.FinalPlanIssuedOn!.Value, MeetingOn = new DateOnly(2027, 2, 3), ArrangedById = "cw" });

        var step = FamilyNextSteps.For(Facts(c) with { OpenReview = c.AnnualReviews[0] });

        Assert.Equal(FamilyStepKind.GiveReviewViews, step.Kind);
        Assert.Equal("Give your views for Leo's annual review by 20 January 2027", step.Heading);
        Assert.Equal("The review meeting is on 3 February 2027. Your views go to everyone invited, with the other papers.", step.Detail);
        Assert.Equal($"/children/{Child}/reviews/views", step.LinkUrl);
    }

    [Fact]
    public void Views_already_given_for_the_review_leave_nothing_to_do()
    {
        var c = Final();
        c.AnnualReviews.Add(new AnnualReview { Number = 1, PlanOrLastReviewOn = c.FinalPlanIssuedOn!.Value, MeetingOn = new DateOnly(2027, 2, 3), ArrangedById = "cw" });

        var step = FamilyNextSteps.For(Facts(c) with { OpenReview = c.AnnualReviews[0], GaveReviewViews = true });

        Assert.False(step.MustAct);
    }

    [Fact]
    public void A_proposal_to_stop_the_plan_asks_for_the_familys_views()
    {
        var step = FamilyNextSteps.For(Facts(Final()) with { CeaseViewsWanted = true });

        Assert.Equal(FamilyStepKind.GiveCeaseViews, step.Kind);
        Assert.Equal("Tell us what you think about stopping Leo's EHC plan", step.Heading);
        Assert.Equal($"/children/{Child}/plan/cease/views", step.LinkUrl);
    }

    [Fact]
    public void Of_two_things_asked_the_one_due_soonest_comes_first()
    {
        var c = Final();
        c.AnnualReviews.Add(new AnnualReview { Number = 1, PlanOrLastReviewOn = c.FinalPlanIssuedOn!.Value, MeetingOn = new DateOnly(2027, 2, 3), ArrangedById = "cw" });

        var step = FamilyNextSteps.For(Facts(c) with
        {
            OpenReview = c.AnnualReviews[0], CeaseViewsWanted = true, OpenDraftNumber = 3, OpenDraftKind = PlanVersionKind.AmendmentDraft, OpenDraftDue = new DateOnly(2026, 12, 17),
        });

        Assert.Equal(FamilyStepKind.RespondToAmendments, step.Kind);
    }

    [Fact]
    public void A_closed_case_has_no_next_step()
    {
        var c = Final();
        c.ClosedOn = Today.AddDays(-400);
        c.FinalPlanIssuedOn = null;

        Assert.Equal(FamilyStepKind.None, FamilyNextSteps.For(Facts(c)).Kind);
    }
}
