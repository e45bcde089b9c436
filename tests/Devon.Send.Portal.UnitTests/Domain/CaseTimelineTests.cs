using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class CaseTimelineTests
{
    // Decision to assess due 30 November 2026, final plan 8 March 2027.
    private static readonly DateOnly Request = D("2026-10-19");
    private static readonly DateOnly Born = D("2015-04-01");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AssessmentCase WithHealthAdvice()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, DecisionToAssessOn = D("2026-11-16") };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-11-23") });
        return c;
    }

    [Theory]
    [InlineData("2026-10-19", "Week 1 of 20")]
    [InlineData("2027-01-04", "Week 11 of 20")]
    [InlineData("2027-01-05", "Week 12 of 20")]
    [InlineData("2027-03-08", "Week 20 of 20")]
    [InlineData("2027-03-09", "Week 21 — the 20-week limit passed on 8 March 2027")]
    [InlineData("2027-03-29", "Week 23 — the 20-week limit passed on 8 March 2027")]
    public void Says_which_week_of_20_the_assessment_is_in_and_when_the_limit_passed(string today, string whereNow)
    {
        Assert.Equal(whereNow, CaseTimeline.Of(WithHealthAdvice(), Born, D(today)).WhereNow);
    }

    [Fact]
    public void Past_20_weeks_with_an_exception_says_the_limit_does_not_apply_and_why()
    {
        var c = WithHealthAdvice();
        c.TimescaleExceptions.Add(new TimescaleException { LegalBasis = TimescaleExceptionBasis.ExceptionalPersonalCircumstances });

        var timeline = CaseTimeline.Of(c, Born, D("2027-03-29"));

        Assert.Equal("Week 23 — the 20-week limit does not apply: exceptional personal circumstances", timeline.WhereNow);
        Assert.Equal(
            [
                "The time limit for the decision whether to issue a plan does not apply: exceptional personal circumstances (SEND Regulations 2014, regulation 10(4)).",
                "The time limit for the final plan does not apply: exceptional personal circumstances (SEND Regulations 2014, regulation 13(3)).",
            ],
            timeline.Exceptions.Select(d => d.Sentence));
    }

    [Fact]
    public void Says_who_is_waiting_on_whom_and_when_it_is_due()
    {
        var timeline = CaseTimeline.Of(WithHealthAdvice(), Born, D("2026-12-28"));

        Assert.Equal(
            ["The council is waiting for health advice, due 4 January 2027.", "The family is waiting for the final plan, due 8 March 2027."],
            timeline.WaitingOn.Where(d => d.Kind != DeadlineKind.DecisionNotToIssuePlan).Select(d => d.WaitingSentence));
        Assert.Equal("Health advice is due by 4 January 2027.", timeline.Next!.Sentence);
        Assert.Empty(timeline.Overdue);
    }

    [Theory]
    [InlineData("2027-01-05", "Health advice is 1 day late.")]
    [InlineData("2027-01-08", "Health advice is 4 days late.")]
    public void Says_what_is_overdue_and_by_how_many_days(string today, string sentence)
    {
        var timeline = CaseTimeline.Of(WithHealthAdvice(), Born, D(today));

        Assert.Equal(sentence, Assert.Single(timeline.Overdue).OverdueSentence);
        Assert.Equal(sentence, timeline.Next!.Sentence);
    }

    [Fact]
    public void A_new_request_has_the_family_waiting_for_the_council_s_decision()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request };

        var timeline = CaseTimeline.Of(c, Born, D("2026-11-02"));
        var onTheDay = CaseTimeline.Of(c, Born, D("2026-11-30"));

        Assert.Equal("The family is waiting for the decision whether to assess, due 30 November 2026.", timeline.Next!.WaitingSentence);
        Assert.Equal("The decision whether to assess is due by 30 November 2026.", timeline.Next.Sentence);
        Assert.Equal("The decision whether to assess is due today.", onTheDay.Next!.Sentence);
    }

    [Fact]
    public void Says_when_things_were_done_on_time_or_late()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, DecisionToAssessOn = D("2026-12-02") };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.EducationalPsychology, RequestedOn = D("2026-12-02"), SubmittedOn = D("2027-01-10") });

        var done = CaseTimeline.Of(c, Born, D("2027-01-20")).Deadlines;

        Assert.Equal("The decision whether to assess was made on 2 December 2026, 2 days late.", done[0].Sentence);
        Assert.Equal("The educational psychologist's advice was given on 10 January 2027, 3 days before the deadline.", done[1].Sentence);
    }

    [Fact]
    public void While_the_draft_is_with_the_family_the_council_waits_for_their_response_then_the_window_lapses()
    {
        var c = WithHealthAdvice();
        c.AdviceRequests[0].SubmittedOn = D("2026-12-20");
        c.DraftPlanIssuedOn = D("2027-02-01");

        var during = CaseTimeline.Of(c, Born, D("2027-02-10"));
        var after = CaseTimeline.Of(c, Born, D("2027-02-16"));

        Assert.Equal("The council is waiting for the family's response to the draft plan, due 15 February 2027.", during.Next!.WaitingSentence);
        Assert.Equal("The time for the family's response to the draft plan ended on 15 February 2027.",
            after.Deadlines.Single(d => d.Kind == DeadlineKind.DraftPlanResponse).Sentence);
        Assert.Equal(DeadlineKind.FinalPlan, after.Next!.Kind);
        Assert.Empty(after.Overdue);
    }

    [Fact]
    public void A_refusal_says_when_the_council_decided_and_until_when_the_family_can_appeal()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, RefusedOn = D("2026-11-20") };

        var timeline = CaseTimeline.Of(c, Born, D("2026-12-01"));

        Assert.Equal("The council decided not to assess on 20 November 2026", timeline.WhereNow);
        Assert.Equal("An appeal to the SEND Tribunal can be made until 20 January 2027.", Assert.Single(timeline.Upcoming).Sentence);
        Assert.Null(timeline.Next);
        Assert.Empty(timeline.WaitingOn);
        Assert.Equal("", timeline.Upcoming[0].WaitingSentence);
    }

    [Fact]
    public void After_the_final_plan_says_in_which_week_it_came_and_that_the_annual_review_is_next()
    {
        var c = WithHealthAdvice();
        c.AdviceRequests[0].SubmittedOn = D("2026-12-20");
        c.DraftPlanIssuedOn = D("2027-02-01");
        c.FinalPlanIssuedOn = D("2027-03-01");

        var timeline = CaseTimeline.Of(c, Born, D("2027-03-10"));

        Assert.Equal("Final plan issued on 1 March 2027, in week 19", timeline.WhereNow);
        Assert.Equal(0, timeline.WeekOfAssessment);
        Assert.Equal("The annual review meeting is due by 29 February 2028.", timeline.Next!.Sentence);
        Assert.Contains(timeline.Upcoming, d => d.Sentence == "An appeal to the SEND Tribunal can be made until 4 May 2027.");
    }

    [Fact]
    public void An_arranged_review_gives_its_meeting_and_the_papers_due_two_weeks_before_it()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-01-05"), DecisionToAssessOn = D("2026-02-10"), DraftPlanIssuedOn = D("2026-04-20"), FinalPlanIssuedOn = D("2026-05-18") };
        c.AnnualReviews.Add(new AnnualReview { AssessmentCaseId = c.Id, Number = 1, PlanOrLastReviewOn = D("2026-05-18"), MeetingOn = D("2027-05-10"), ArrangedById = "cw" });

        var timeline = CaseTimeline.Of(c, Born, D("2027-04-20"));

        Assert.Equal("Annual review: the meeting is on 10 May 2027", timeline.WhereNow);
        Assert.Equal("The notice of the review meeting (with its papers) is due by 26 April 2027.", timeline.Next!.Sentence);
        Assert.Contains(timeline.Deadlines, d => d.Kind == DeadlineKind.AnnualReview && d.Due == D("2027-05-17"));
    }

    [Fact]
    public void After_an_amended_plan_ends_the_review_the_next_is_due_a_year_after_its_meeting()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-01-05"), FinalPlanIssuedOn = D("2026-05-18"), LastAnnualReviewOn = D("2027-05-10") };
        c.AnnualReviews.Add(new AnnualReview
        {
            AssessmentCaseId = c.Id, Number = 1, PlanOrLastReviewOn = D("2026-05-18"), MeetingOn = D("2027-05-10"), ArrangedById = "cw",
            MeetingRecordedAt = DateTimeOffset.Parse("2027-05-11T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Decision = ReviewDecision.Amend, DecisionOn = D("2027-05-20"), AmendmentNoticeOn = D("2027-05-25"), AmendedPlanOn = D("2027-07-01"), CompletedOn = D("2027-07-01"),
        });

        var timeline = CaseTimeline.Of(c, Born, D("2027-07-02"));

        Assert.StartsWith("Final plan issued on 18 May 2026", timeline.WhereNow, StringComparison.Ordinal);
        Assert.Equal("The annual review meeting is due by 9 May 2028.", timeline.Next!.Sentence);
    }

    [Fact]
    public void A_closed_case_says_when_it_closed_and_owes_nothing()
    {
        var c = WithHealthAdvice();
        c.ClosedOn = D("2027-01-20");

        var timeline = CaseTimeline.Of(c, Born, D("2027-02-01"));

        Assert.Equal("Case closed on 20 January 2027", timeline.WhereNow);
        Assert.Empty(timeline.WaitingOn);
        Assert.Empty(timeline.Overdue);
    }
}
