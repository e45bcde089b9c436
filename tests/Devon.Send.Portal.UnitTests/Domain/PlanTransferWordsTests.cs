using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// Regulation 15's limits: the plan goes on the day of the move when the council knew 15 working days before, otherwise
/// within 15 working days beginning with the day it learned (weekends and bank holidays skipped); the family is told
/// within 6 weeks of the transfer; the review is due at the later of 12 months from the last review and 3 months
/// beginning with the transfer.
/// </summary>
public sealed class PlanTransferWordsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-02", "2026-11-20")] // a Monday counts as the first of the 15
    [InlineData("2026-11-03", "2026-11-23")]
    [InlineData("2026-10-31", "2026-11-20")] // a Saturday does not count: the first is Monday 2 November
    [InlineData("2026-12-07", "2026-12-29")] // Christmas Day and the Boxing Day holiday on Monday 28 December skipped
    [InlineData("2027-03-15", "2027-04-06")] // Good Friday and Easter Monday 2027 skipped
    [InlineData("2022-09-05", "2022-09-26")] // the Queen's funeral, 19 September 2022
    public void Fifteen_working_days_beginning_with_a_day_count_it_when_it_is_a_working_day(string first, string last) =>
        Assert.Equal(D(last), StatutoryClock.LastOfWorkingDaysBeginningWith(D(first), 15));

    [Theory]
    [InlineData("2026-11-01", "2026-11-23", "2026-11-23")] // learned a Sunday: still 15 working days before
    [InlineData("2026-11-02", "2026-11-23", "2026-11-23")] // exactly 15 working days before: on the day of the move
    [InlineData("2026-11-03", "2026-11-23", "2026-11-23")] // 14: 15 working days beginning with the day learned
    [InlineData("2026-11-04", "2026-11-23", "2026-11-24")] // 13: after the move
    [InlineData("2026-12-07", "2026-12-01", "2026-12-29")] // learned after the move
    [InlineData("2026-11-23", "2026-11-23", "2026-12-11")] // learned on the day of the move
    public void The_old_council_transfers_the_plan_on_the_day_of_the_move_or_within_15_working_days_of_learning_of_it(string learned, string move, string due) =>
        Assert.Equal(D(due), StatutoryClock.PlanTransferDue(D(move), D(learned)));

    [Theory]
    [InlineData("2026-11-23", "2027-01-04")]
    [InlineData("2027-01-18", "2027-03-01")]
    [InlineData("2028-01-18", "2028-02-29")]
    public void The_new_council_tells_the_family_within_6_weeks_of_the_transfer(string transferred, string due) =>
        Assert.Equal(D(due), StatutoryClock.TransferNoticeDue(D(transferred)));

    [Theory]
    [InlineData("2026-03-10", "2026-12-01", "2027-03-09")] // 12 months from the last review is later
    [InlineData("2026-01-15", "2026-12-01", "2027-02-28")] // 3 months beginning with the transfer is later
    [InlineData("2026-01-15", "2026-11-30", "2027-02-28")] // no 29 February 2027: the corresponding day rule
    [InlineData("2027-01-01", "2027-12-01", "2028-02-29")] // 3 months beginning with 1 December end on 29 February
    [InlineData("2026-03-01", "2026-12-01", "2027-02-28")] // both end on the same day
    public void The_new_council_reviews_the_plan_by_the_later_of_12_months_from_the_last_review_and_3_months_from_the_transfer(
        string lastReview, string transferred, string due) =>
        Assert.Equal(D(due), StatutoryClock.TransferredPlanReviewDue(D(lastReview), D(transferred)));

    [Theory]
    [InlineData("2025-12-10", null, "2026-12-09")] // a plan made here: s44(1) alone
    [InlineData("2025-12-10", "2026-11-20", "2027-02-19")] // taken in on 20 November: 3 months beginning with it are later
    [InlineData("2025-12-10", "2026-09-09", "2026-12-09")] // taken in on 9 September: 3 months end on 8 December, before the 12 months
    [InlineData("2025-12-10", "2026-09-10", "2026-12-09")] // taken in on 10 September: both end on 9 December
    [InlineData("2025-12-10", "2026-09-11", "2026-12-10")] // taken in on 11 September: 3 months end a day later
    [InlineData("2026-11-20", "2026-11-20", "2027-11-19")] // reviewed here on the day of the transfer: 12 months are later anyway
    [InlineData("2026-12-01", "2026-11-20", "2027-11-30")] // reviewed here after the transfer: s44(1) again
    [InlineData("2023-12-01", "2023-11-30", "2024-11-30")] // a leap year: 12 months beginning with 1 December 2023
    [InlineData("2023-03-01", "2023-11-30", "2024-02-29")] // 3 months beginning with 30 November 2023 end on 29 February
    public void The_next_review_is_due_under_s44_or_for_a_plan_taken_in_under_regulation_15_5(string planOrLastReview, string? transferred, string due) =>
        Assert.Equal(D(due), StatutoryClock.ReviewDue(D(planOrLastReview), transferred is null ? null : D(transferred)));

    [Theory]
    [InlineData("2026-12-31", false)] // the day before the last day
    [InlineData("2027-01-01", false)] // the last day, a bank holiday: "within 6 weeks" counts every day
    [InlineData("2027-01-02", true)]  // the day after
    public void The_family_is_told_about_a_plan_taken_in_within_6_weeks_of_the_transfer(string today, bool late)
    {
        var notice = Assert.Single(CaseTimeline.Of(TakenIn(), D("2015-06-01"), D(today)).Deadlines, d => d.Kind == DeadlineKind.TransferNotice);

        Assert.Equal(D("2027-01-01"), notice.Due);
        Assert.True(notice.IsOpen);
        Assert.Equal(late, notice.State == DeadlineState.Overdue);
        Assert.Equal("SEND Regulations 2014, regulation 15(4)", notice.LegalBasis);
    }

    [Fact]
    public void A_notice_on_the_last_day_is_on_time_and_the_annual_review_follows_regulation_15_5()
    {
        var c = TakenIn();
        c.RecordTransferNotice(D("2027-01-01"), reassessing: true, reviewBy: D("2027-02-19"));

        var timeline = CaseTimeline.Of(c, D("2015-06-01"), D("2027-01-05"));

        var notice = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.TransferNotice);
        Assert.Equal(DeadlineState.Met, notice.State);
        var review = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.AnnualReview);
        Assert.Equal(D("2027-02-19"), review.Due);
        Assert.Equal("Children and Families Act 2014, section 44(1); SEND Regulations 2014, regulation 15(5)", review.LegalBasis);
        Assert.Empty(timeline.Overdue);
        Assert.StartsWith("The plan, made by Somerset Council on 10 December 2025, was transferred to this council on 20 November 2026", timeline.WhereNow, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_taken_in_owes_no_20_weeks_and_gives_no_appeal_date_from_the_day_the_other_council_made_it_but_one_reviewed_here_is_the_councils()
    {
        var c = TakenIn();

        var deadlines = AssessmentDeadlines.For(c, D("2026-11-21"));

        Assert.True(c.IsPlanMadeElsewhere);
        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.FinalPlan or DeadlineKind.AppealAgainstPlan or DeadlineKind.DecisionToAssess);
        Assert.False(new AssessmentCase { RequestReceivedOn = D("2025-07-01"), FinalPlanIssuedOn = D("2025-12-10") }.IsPlanMadeElsewhere);
        Assert.False(new AssessmentCase { RequestReceivedOn = D("2026-11-21"), FinalPlanIssuedOn = D("2027-03-01"), TransferredInOn = D("2026-11-20") }.IsPlanMadeElsewhere);
    }

    [Theory]
    [InlineData("2026-11-20", "2026-12-10")] // a Friday counts as the first of the 15 working days
    [InlineData("2026-11-21", "2026-12-11")] // a Saturday does not: the first is Monday 23 November
    [InlineData("2026-12-16", "2027-01-08")] // Christmas Day, the Boxing Day holiday moved to 28 December, and New Year's Day are not counted
    [InlineData("2028-02-29", "2028-03-20")] // 29 February
    public void A_new_health_commissioning_body_asks_for_a_review_or_assessment_within_15_working_days_beginning_with_the_day_it_was_told(string told, string due)
    {
        var c = TakenIn();
        c.NewHealthBodyToldOn = D(told);

        Assert.Equal(D(due), StatutoryClock.HealthBodyRequestDue(D(told)));
        Assert.Equal(D(due), c.HealthBodyRequestDue);
        Assert.Equal(15, StatutoryClock.WorkingDaysFromUntil(D(told), D(due).AddDays(1)));
    }

    [Fact]
    public void A_notice_cannot_come_before_the_transfer_nor_promise_a_review_later_than_the_law_allows_nor_be_given_twice()
    {
        var c = TakenIn();

        Assert.Throws<ArgumentOutOfRangeException>(() => c.RecordTransferNotice(D("2026-11-19"), false, D("2027-01-15")));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.RecordTransferNotice(D("2026-11-20"), false, D("2027-02-20")));
        c.RecordTransferNotice(D("2026-11-20"), false, D("2027-02-19"));
        Assert.Throws<InvalidOperationException>(() => c.RecordTransferNotice(D("2026-11-21"), false, D("2027-02-19")));
        Assert.False(new AssessmentCase { RequestReceivedOn = D("2025-07-01"), FinalPlanIssuedOn = D("2025-12-10") }.MayRecordTransferNotice);
        Assert.Null(new AssessmentCase { RequestReceivedOn = D("2025-07-01"), FinalPlanIssuedOn = D("2025-12-10") }.TransferNoticeDue);
    }

    private static AssessmentCase TakenIn() => new()
    {
        RequestReceivedOn = D("2025-12-10"),
        FinalPlanIssuedOn = D("2025-12-10"),
        TransferredInOn = D("2026-11-20"),
        FromCouncil = "Somerset Council",
    };

    [Fact]
    public void A_count_of_working_days_counts_the_first_day_and_not_the_last() =>
        Assert.Equal(15, StatutoryClock.WorkingDaysFromUntil(D("2026-11-02"), D("2026-11-23")));
}
