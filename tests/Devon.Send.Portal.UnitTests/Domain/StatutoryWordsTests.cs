using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// The words of each limit, tried on the day before, the day and the day after, on month ends, 29 February and bank
/// holidays: "beginning with" counts the first day, "before" ends the day before, and service by post takes two
/// working days.
/// </summary>
public sealed class StatutoryWordsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-12-01", "2026-12-15")]
    [InlineData("2026-02-14", "2026-02-28")]
    [InlineData("2024-02-15", "2024-02-29")]
    [InlineData("2024-02-16", "2024-03-01")]
    [InlineData("2026-12-17", "2026-12-31")]
    public void Fifteen_days_beginning_with_the_day_served_end_14_days_later(string served, string last)
    {
        Assert.Equal(D(last), StatutoryClock.DraftResponseDue(D(served)));
        Assert.Equal(D(last), StatutoryClock.AmendmentResponseDue(D(served)));
        var due = StatutoryClock.DraftResponseDue(D(served));
        Assert.Equal(DeadlineState.DueSoon, StatutoryClock.WindowStateOf(due, null, due.AddDays(-1)));
        Assert.Equal(DeadlineState.DueSoon, StatutoryClock.WindowStateOf(due, null, due));
        Assert.Equal(DeadlineState.Lapsed, StatutoryClock.WindowStateOf(due, null, due.AddDays(1)));
    }

    [Theory]
    [InlineData(ServiceMethod.Email, "2026-12-04", "2026-12-04")]
    [InlineData(ServiceMethod.ByHand, "2026-12-05", "2026-12-05")]
    [InlineData(ServiceMethod.Post, "2026-12-01", "2026-12-03")]
    [InlineData(ServiceMethod.Post, "2026-12-03", "2026-12-07")]
    [InlineData(ServiceMethod.Post, "2026-12-04", "2026-12-08")]
    [InlineData(ServiceMethod.Post, "2026-12-23", "2026-12-29")]
    [InlineData(ServiceMethod.Post, "2026-04-02", "2026-04-08")]
    [InlineData(ServiceMethod.Post, "2022-09-16", "2022-09-21")]
    public void Post_is_served_on_the_second_working_day_after_posting_and_email_the_same_day(ServiceMethod method, string sent, string served)
    {
        Assert.Equal(D(served), StatutoryClock.ServedOn(method, D(sent)));
    }

    [Fact]
    public void A_draft_posted_on_a_Friday_gives_the_family_until_15_days_from_the_Tuesday()
    {
        var service = new ServiceOnFamily(ServiceMethod.Post, D("2026-12-04"));

        Assert.Equal(D("2026-12-08"), service.ServedOn);
        Assert.Equal(D("2026-12-22"), service.RespondBy);
    }

    [Fact]
    public void The_council_may_give_longer_but_never_less()
    {
        var statutory = new ServiceOnFamily(ServiceMethod.Email, D("2026-12-03")).StatutoryRespondBy;
        Assert.Equal(D("2026-12-17"), statutory);

        Assert.Equal(D("2027-01-08"), new ServiceOnFamily(ServiceMethod.Email, D("2026-12-03"), D("2027-01-08")).RespondBy);
        Assert.Null(new ServiceOnFamily(ServiceMethod.Email, D("2026-12-03"), statutory).LaterRespondByProblem);

        var earlier = new ServiceOnFamily(ServiceMethod.Email, D("2026-12-03"), statutory.AddDays(-1));
        Assert.Equal(statutory, earlier.RespondBy);
        Assert.Contains("17 December 2026 or later", earlier.LaterRespondByProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void Issuing_a_draft_records_how_it_was_served_and_refuses_a_shorter_time()
    {
        var plan = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
        var posted = PlanVersions.Issue(plan, [], [], PlanVersionKind.Draft, at, null, "Priya Shah", PortalRoles.Caseworker, 0, null,
            new ServiceOnFamily(ServiceMethod.Post, D("2026-12-04")));

        Assert.Equal(ServiceMethod.Post, posted.ServedBy);
        Assert.Equal(D("2026-12-08"), posted.ServedOn);
        Assert.Equal(D("2026-12-22"), posted.RespondBy);

        var emailed = PlanVersions.Issue(plan, [], [], PlanVersionKind.Draft, at, null, "Priya Shah", PortalRoles.Caseworker, 0, null);
        Assert.Equal(D("2026-12-18"), emailed.RespondBy);

        Assert.Throws<ArgumentException>(() => PlanVersions.Issue(plan, [], [], PlanVersionKind.Draft, at, null, "Priya Shah", PortalRoles.Caseworker, 0, null,
            new ServiceOnFamily(ServiceMethod.Email, D("2026-12-04"), D("2026-12-17"))));
    }

    [Fact]
    public void A_final_plan_asks_no_response_so_records_no_service()
    {
        var final = PlanVersions.Issue(Guid.NewGuid(), [], [], PlanVersionKind.Draft, DateTimeOffset.UnixEpoch, null, "P", PortalRoles.Caseworker, 0, null);
        var issued = PlanVersions.Issue(final.PlanId, [new IssuedVersion(final.PlanId, 1, PlanVersionKind.Draft, final.Hash)], [], PlanVersionKind.Final,
            DateTimeOffset.UnixEpoch, null, "P", PortalRoles.Caseworker, 0, null, new ServiceOnFamily(ServiceMethod.Post, D("1970-01-01")));

        Assert.Null(issued.ServedBy);
        Assert.Null(issued.RespondBy);
    }

    [Fact]
    public void The_case_shows_the_family_the_date_from_the_day_of_service()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-08-03"), DecisionToAssessOn = D("2026-09-01") };
        c.RecordPlanIssued(PlanVersionKind.Draft, D("2026-12-04"), D("2026-12-22"));

        var response = Assert.Single(AssessmentDeadlines.For(c, D("2026-12-22")), d => d.Kind == DeadlineKind.DraftPlanResponse);
        Assert.Equal(D("2026-12-22"), response.Due);
        Assert.Equal(DeadlineState.DueSoon, response.State);
        Assert.Equal(DeadlineState.Lapsed, Assert.Single(AssessmentDeadlines.For(c, D("2026-12-23")), d => d.Kind == DeadlineKind.DraftPlanResponse).State);
    }

    [Fact]
    public void A_draft_with_no_recorded_service_counts_15_days_beginning_with_its_issue()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-08-03"), DecisionToAssessOn = D("2026-09-01"), DraftPlanIssuedOn = D("2026-12-01") };

        Assert.Equal(D("2026-12-15"), Assert.Single(AssessmentDeadlines.For(c, D("2026-12-02")), d => d.Kind == DeadlineKind.DraftPlanResponse).Due);
    }

    [Fact]
    public void Proposed_amendments_served_by_post_give_the_family_until_15_days_from_delivery()
    {
        var review = new AnnualReview { PlanOrLastReviewOn = D("2026-01-10"), MeetingOn = D("2026-11-02"), ArrangedById = "caseworker" };
        review.RecordVersionIssued(PlanVersionKind.AmendmentDraft, D("2026-11-20"), new ServiceOnFamily(ServiceMethod.Post, D("2026-11-20")).RespondBy);

        var deadlines = ReviewDeadlines.For(review.Dates(D("2015-05-05")), D("2026-12-01"));

        Assert.Equal(D("2026-12-08"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.AmendmentResponse).Due);
    }

    [Theory]
    [InlineData("2026-03-09", DeadlineState.DueSoon)]
    [InlineData("2026-03-10", DeadlineState.Overdue)]
    public void The_annual_review_is_due_on_the_last_day_of_the_12_months_and_late_the_day_after(string today, DeadlineState state)
    {
        var deadlines = ReviewDeadlines.For(new AnnualReviewDates(D("2025-03-10"), D("2015-01-01")), D(today));

        var review = Assert.Single(deadlines, d => d.Kind == DeadlineKind.AnnualReview);
        Assert.Equal(D("2026-03-09"), review.Due);
        Assert.Equal(state, review.State);
    }

    [Fact]
    public void The_under_five_target_is_shown_beside_the_law_and_never_counted_overdue()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2025-01-06"), DecisionToAssessOn = D("2025-02-03"), DraftPlanIssuedOn = D("2025-04-14"), FinalPlanIssuedOn = D("2025-05-26") };
        var bornIn2022 = D("2022-06-01");

        var timeline = CaseTimeline.Of(c, bornIn2022, D("2026-01-10"), underFiveReviewTargetMonths: 6);

        var target = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.UnderFiveReviewTarget);
        Assert.Equal(D("2025-11-25"), target.Due);
        Assert.True(target.IsTarget);
        Assert.Equal("SEND Code of Practice 2015, paragraph 9.178 (guidance)", target.LegalBasis);
        Assert.DoesNotContain(timeline.Overdue, d => d.Kind == DeadlineKind.UnderFiveReviewTarget);
        Assert.Equal([DeadlineKind.UnderFiveReviewTarget], timeline.TargetsMissed.Select(d => d.Kind));
        Assert.Equal("", target.OverdueSentence);
        Assert.Contains("The law's limit still applies", target.Sentence, StringComparison.Ordinal);

        var law = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.AnnualReview);
        Assert.Equal(D("2026-05-25"), law.Due);
        Assert.Equal("Children and Families Act 2014, section 44(1)", law.LegalBasis);
        Assert.Empty(timeline.Overdue);
    }

    [Fact]
    public void With_no_under_five_target_only_the_law_applies()
    {
        var deadlines = ReviewDeadlines.For(new AnnualReviewDates(D("2025-05-26"), D("2022-06-01")), D("2026-01-10"), underFiveTargetMonths: 0);

        Assert.Equal([DeadlineKind.AnnualReview], deadlines.Select(d => d.Kind));
    }

    [Fact]
    public void A_plan_issued_on_day_140_was_issued_in_week_20_on_time()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-01-05"), DecisionToAssessOn = D("2026-02-02"), DraftPlanIssuedOn = D("2026-04-20"), FinalPlanIssuedOn = D("2026-05-25") };

        var timeline = CaseTimeline.Of(c, D("2015-01-01"), D("2026-05-26"));

        Assert.Equal("Final plan issued on 25 May 2026, in week 20", timeline.WhereNow);
        Assert.Equal(DeadlineState.Met, Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.FinalPlan).State);
    }

    private static AssessmentCase Assessing(params TimescaleException[] exceptions)
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-10-19"), DecisionToAssessOn = D("2026-11-16") };
        c.TimescaleExceptions.AddRange(exceptions);
        return c;
    }

    [Fact]
    public void An_exception_lifts_only_the_limits_it_names()
    {
        var c = Assessing(new TimescaleException
        {
            LegalBasis = TimescaleExceptionBasis.ExceptionalPersonalCircumstances,
            Limits = ExceptionLimits.FinalPlan,
            FromOn = D("2027-01-04"),
            ToOn = D("2027-02-26"),
        });

        var deadlines = AssessmentDeadlines.For(c, D("2027-03-20"));

        var final = Assert.Single(deadlines, d => d.Kind == DeadlineKind.FinalPlan);
        Assert.Equal(DeadlineState.ExceptionApplies, final.State);
        Assert.Equal(
            "The time limit for the final plan does not apply: exceptional personal circumstances, from 4 January 2027 to 26 February 2027 (SEND Regulations 2014, regulation 13(3)).",
            final.Sentence);
        Assert.Equal(DeadlineState.Overdue, Assert.Single(deadlines, d => d.Kind == DeadlineKind.DecisionNotToIssuePlan).State);
    }

    [Fact]
    public void An_exception_for_advice_lifts_only_the_advice_asked_while_it_lasted()
    {
        var c = Assessing(new TimescaleException
        {
            LegalBasis = TimescaleExceptionBasis.SchoolOrSettingClosure,
            Limits = ExceptionLimits.Advice,
            FromOn = D("2026-12-14"),
            ToOn = D("2027-01-01"),
        });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Education, RequestedOn = D("2026-11-20") });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-11-16"), SubmittedOn = null });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.SocialCare, RequestedOn = D("2027-01-04") });

        var advice = AssessmentDeadlines.For(c, D("2027-03-01")).Where(d => d.Kind == DeadlineKind.Advice).ToDictionary(d => d.Contributor!.Value);

        Assert.Equal(DeadlineState.ExceptionApplies, advice[AdviceType.Education].State);
        Assert.Equal(DeadlineState.ExceptionApplies, advice[AdviceType.Health].State);
        Assert.Contains("regulation 8(2)", advice[AdviceType.Education].Sentence, StringComparison.Ordinal);
        Assert.Equal(DeadlineState.Overdue, advice[AdviceType.SocialCare].State);
        Assert.Equal(DeadlineState.Overdue, Assert.Single(AssessmentDeadlines.For(c, D("2027-03-20")), d => d.Kind == DeadlineKind.FinalPlan).State);
    }

    [Fact]
    public void An_exception_whose_period_ended_before_a_limit_began_does_not_lift_it()
    {
        var exception = new TimescaleException { LegalBasis = TimescaleExceptionBasis.FamilyAwayFromArea, Limits = ExceptionLimits.Advice, FromOn = D("2026-10-01"), ToOn = D("2026-11-01") };

        Assert.False(exception.Lifts(ExceptionLimits.Advice, D("2026-11-02"), D("2026-12-14")));
        Assert.True(exception.Lifts(ExceptionLimits.Advice, D("2026-11-01"), D("2026-12-13")));
        Assert.False(exception.Lifts(ExceptionLimits.FinalPlan, D("2026-10-01"), D("2027-02-18")));
    }

    [Fact]
    public void The_six_week_decision_has_no_missed_appointment_ground()
    {
        Assert.False(ExceptionLimits.DecisionToAssess.Allows(TimescaleExceptionBasis.MissedAppointment));
        Assert.True(ExceptionLimits.Advice.Allows(TimescaleExceptionBasis.MissedAppointment));
        Assert.True(ExceptionLimits.FinalPlan.Allows(TimescaleExceptionBasis.MissedAppointment));
        Assert.True(ExceptionLimits.DecisionToAssess.Allows(TimescaleExceptionBasis.ExceptionalPersonalCircumstances));
    }

    [Fact]
    public void An_exception_names_the_regulation_of_each_limit_it_lifts()
    {
        Assert.Equal("SEND Regulations 2014, regulations 10(4) and 13(3)", new TimescaleException().LegalBasisText);
        Assert.Equal("SEND Regulations 2014, regulation 5(4)", new TimescaleException { Limits = ExceptionLimits.DecisionToAssess }.LegalBasisText);
        Assert.Equal("SEND Regulations 2014, regulations 5(4), 8(2) and 13(3)",
            new TimescaleException { Limits = ExceptionLimits.DecisionToAssess | ExceptionLimits.Advice | ExceptionLimits.FinalPlan }.LegalBasisText);
    }

    [Fact]
    public void The_decision_whether_to_assess_can_be_lifted_under_regulation_5_4()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-10-19") };
        c.TimescaleExceptions.Add(new TimescaleException { LegalBasis = TimescaleExceptionBasis.FamilyAwayFromArea, Limits = ExceptionLimits.DecisionToAssess, FromOn = D("2026-11-02") });

        var decision = Assert.Single(AssessmentDeadlines.For(c, D("2026-12-10")), d => d.Kind == DeadlineKind.DecisionToAssess);

        Assert.Equal(DeadlineState.ExceptionApplies, decision.State);
        Assert.EndsWith("(SEND Regulations 2014, regulation 5(4)).", decision.Sentence, StringComparison.Ordinal);
    }
}
