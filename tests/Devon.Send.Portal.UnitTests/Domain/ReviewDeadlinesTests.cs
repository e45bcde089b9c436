using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class ReviewDeadlinesTests
{
    private static readonly DateOnly OverFive = D("2012-05-01");
    private static readonly DateOnly UnderFive = D("2021-06-01");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Deadline Only(IReadOnlyList<Deadline> deadlines, DeadlineKind kind) => Assert.Single(deadlines, d => d.Kind == kind);

    private static AnnualReviewDates Held(string meeting = "2026-03-02") => new(D("2025-03-20"), OverFive) { MeetingOn = D(meeting) };

    [Fact]
    public void Without_a_meeting_only_the_review_itself_is_due_on_the_last_day_of_the_12_months_starting_with_the_plan()
    {
        var deadlines = ReviewDeadlines.For(new AnnualReviewDates(D("2025-01-31"), OverFive), D("2025-12-01"));

        var review = Assert.Single(deadlines);
        Assert.Equal(DeadlineKind.AnnualReview, review.Kind);
        Assert.Equal(D("2026-01-30"), review.Due);
        Assert.Equal("Children and Families Act 2014, section 44(1)", review.LegalBasis);
    }

    [Theory]
    [InlineData(6, "2025-07-30")]
    [InlineData(3, "2025-04-30")]
    public void A_child_under_five_has_the_council_s_target_beside_the_law_s_12_months(int months, string target)
    {
        var deadlines = ReviewDeadlines.For(new AnnualReviewDates(D("2025-01-31"), UnderFive), D("2025-02-01"), months);

        Assert.Equal(D("2026-01-30"), Only(deadlines, DeadlineKind.AnnualReview).Due);
        Assert.Equal("Children and Families Act 2014, section 44(1)", Only(deadlines, DeadlineKind.AnnualReview).LegalBasis);
        var council = Only(deadlines, DeadlineKind.UnderFiveReviewTarget);
        Assert.Equal(D(target), council.Due);
        Assert.True(council.IsTarget);
        Assert.StartsWith("SEND Code of Practice 2015, paragraph 9.178", council.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arranged_meeting_needs_its_notice_and_papers_out_two_weeks_before()
    {
        var dates = new AnnualReviewDates(D("2025-03-20"), OverFive) { MeetingOn = D("2026-03-02") };

        var deadlines = ReviewDeadlines.For(dates, D("2026-02-17"));

        Assert.Equal([DeadlineKind.AnnualReview, DeadlineKind.ReviewPapers], deadlines.Select(d => d.Kind));
        var papers = deadlines[1];
        Assert.Equal(D("2026-02-16"), papers.Due);
        Assert.Equal(DeadlineState.Overdue, papers.State);
        Assert.Equal(Party.Contributor, papers.Who);
        Assert.Equal("SEND Regulations 2014, regulation 20(3) and (4)", papers.LegalBasis);
        Assert.Equal(DeadlineState.Due, deadlines[0].State);
    }

    [Fact]
    public void After_the_meeting_the_report_is_due_in_2_weeks_and_the_decision_in_4()
    {
        var dates = Held() with { PapersSentOn = D("2026-02-16"), ReportSentOn = D("2026-03-18") };

        var deadlines = ReviewDeadlines.For(dates, D("2026-04-02"));

        Assert.Equal(DeadlineState.Met, Only(deadlines, DeadlineKind.AnnualReview).State);
        Assert.Equal(DeadlineState.Met, Only(deadlines, DeadlineKind.ReviewPapers).State);
        var report = Only(deadlines, DeadlineKind.ReviewReport);
        Assert.Equal(D("2026-03-16"), report.Due);
        Assert.Equal(2, report.DaysLate);
        var decision = Only(deadlines, DeadlineKind.ReviewDecision);
        Assert.Equal(D("2026-03-30"), decision.Due);
        Assert.Equal(3, decision.DaysOverdue);
        Assert.Equal("SEND Regulations 2014, regulation 20(10)", decision.LegalBasis);
    }

    [Theory]
    [InlineData(ReviewDecision.Keep)]
    [InlineData(ReviewDecision.Cease)]
    public void Keeping_or_ending_the_plan_brings_no_amendment_deadlines(ReviewDecision decision)
    {
        var deadlines = ReviewDeadlines.For(Held() with { DecisionOn = D("2026-03-20"), Decision = decision }, D("2026-06-01"));

        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.AmendmentNotice or DeadlineKind.AmendmentResponse or DeadlineKind.AmendedPlan);
    }

    [Fact]
    public void A_decision_to_amend_needs_the_notice_within_4_weeks_of_the_meeting_and_the_plan_within_12()
    {
        var deadlines = ReviewDeadlines.For(Held() with { DecisionOn = D("2026-03-20"), Decision = ReviewDecision.Amend }, D("2026-04-01"));

        var notice = Only(deadlines, DeadlineKind.AmendmentNotice);
        Assert.Equal(D("2026-03-30"), notice.Due);
        Assert.Equal(2, notice.DaysOverdue);
        Assert.Equal("SEND Regulations 2014, regulation 22(2); R (L, M, P) v Devon County Council [2022] EWHC 493 (Admin)", notice.LegalBasis);
        Assert.Equal(D("2026-05-25"), Only(deadlines, DeadlineKind.AmendedPlan).Due);
        Assert.DoesNotContain(deadlines, d => d.Kind == DeadlineKind.AmendmentResponse);
    }

    [Theory]
    [InlineData("2026-03-16", "2026-03-30", "2026-05-11")]
    [InlineData("2026-04-13", "2026-04-27", "2026-05-25")]
    public void The_family_has_15_days_on_the_notice_and_the_amended_plan_is_due_at_the_earlier_of_8_weeks_from_it_and_12_from_the_meeting(string notice, string responseDue, string planDue)
    {
        var deadlines = ReviewDeadlines.For(Held() with { Decision = ReviewDecision.Amend, DecisionOn = D("2026-03-16"), AmendmentNoticeOn = D(notice) }, D("2026-03-20"));

        var response = Only(deadlines, DeadlineKind.AmendmentResponse);
        Assert.Equal(D(responseDue), response.Due);
        Assert.Equal(Party.Family, response.Who);
        Assert.Equal(D(planDue), Only(deadlines, DeadlineKind.AmendedPlan).Due);
    }

    [Fact]
    public void A_late_notice_and_a_late_family_response_are_marked_late_and_an_unused_window_lapses()
    {
        var late = Held() with { Decision = ReviewDecision.Amend, DecisionOn = D("2026-03-20"), AmendmentNoticeOn = D("2026-04-13"), FamilyResponseOn = D("2026-04-30") };

        var deadlines = ReviewDeadlines.For(late, D("2026-05-01"));
        var unanswered = ReviewDeadlines.For(late with { FamilyResponseOn = null }, D("2026-04-29"));

        Assert.Equal(14, Only(deadlines, DeadlineKind.AmendmentNotice).DaysLate);
        Assert.Equal(3, Only(deadlines, DeadlineKind.AmendmentResponse).DaysLate);
        Assert.Equal(DeadlineState.Lapsed, Only(unanswered, DeadlineKind.AmendmentResponse).State);
    }

    [Fact]
    public void An_amended_plan_issued_after_12_weeks_from_the_meeting_is_late_even_within_8_weeks_of_the_notice()
    {
        var dates = Held() with { Decision = ReviewDecision.Amend, AmendmentNoticeOn = D("2026-04-13"), AmendedPlanOn = D("2026-05-26") };

        var plan = Only(ReviewDeadlines.For(dates, D("2026-06-01")), DeadlineKind.AmendedPlan);

        Assert.Equal(DeadlineState.MetLate, plan.State);
        Assert.Equal(1, plan.DaysLate);
    }

    [Theory]
    [InlineData(PhaseTransferKind.SecondaryToPostSixteen, null, DeadlineState.Overdue, "SEND Regulations 2014, regulation 18(1)(a)")]
    [InlineData(PhaseTransferKind.SecondaryToPostSixteen, "2027-03-30", DeadlineState.Met, "SEND Regulations 2014, regulation 18(1)(a)")]
    [InlineData(PhaseTransferKind.SecondaryToPostSixteen, "2027-03-31", DeadlineState.MetLate, "SEND Regulations 2014, regulation 18(1)(a)")]
    [InlineData(PhaseTransferKind.BetweenSchoolPhases, "2027-02-14", DeadlineState.Met, "SEND Regulations 2014, regulation 18(1)(b)")]
    [InlineData(PhaseTransferKind.BetweenSchoolPhases, "2027-02-15", DeadlineState.MetLate, "SEND Regulations 2014, regulation 18(1)(b)")]
    [InlineData(PhaseTransferKind.BetweenSchoolPhases, "2027-02-16", DeadlineState.MetLate, "SEND Regulations 2014, regulation 18(1)(b)")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, null, DeadlineState.DueSoon, "SEND Regulations 2014, regulation 18(2)")]
    public void A_phase_transfer_is_met_when_the_plan_naming_the_next_school_is_issued(PhaseTransferKind kind, string? amended, DeadlineState state, string basis)
    {
        var moveOn = kind == PhaseTransferKind.BetweenPostSixteenInstitutions ? D("2027-09-01") : D("2027-09-02");

        var deadline = ReviewDeadlines.PhaseTransfer(kind, moveOn, amended is null ? null : D(amended), D("2027-04-01"));

        Assert.Equal(state, deadline.State);
        Assert.Equal(basis, deadline.LegalBasis);
        Assert.Equal(Party.Council, deadline.Who);
    }
}
