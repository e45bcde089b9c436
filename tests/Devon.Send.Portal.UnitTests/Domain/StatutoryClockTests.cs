using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class StatutoryClockTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Final_plan_is_due_140_days_after_the_request_across_a_leap_day()
    {
        Assert.Equal(D("2024-06-22"), StatutoryClock.FinalPlanDue(D("2024-02-03")));
    }

    [Fact]
    public void Decision_to_assess_is_due_six_weeks_after_the_request_across_a_year_end()
    {
        Assert.Equal(D("2026-01-23"), StatutoryClock.DecisionToAssessDue(D("2025-12-12")));
    }

    [Fact]
    public void Advice_is_due_six_weeks_after_it_was_asked_for()
    {
        Assert.Equal(D("2026-03-12"), StatutoryClock.AdviceDue(D("2026-01-29")));
    }

    [Fact]
    public void The_family_has_15_days_beginning_with_the_day_a_draft_was_served()
    {
        Assert.Equal(D("2026-03-02"), StatutoryClock.DraftResponseDue(D("2026-02-16")));
    }

    [Fact]
    public void Annual_review_from_29_February_falls_on_28_February_the_next_year()
    {
        Assert.Equal(D("2025-02-28"), StatutoryClock.AnnualReviewDue(D("2024-02-29")));
    }

    [Fact]
    public void The_under_five_target_of_six_months_from_a_month_end_ends_at_the_end_of_February()
    {
        Assert.Equal(D("2026-02-28"), StatutoryClock.UnderFiveReviewTarget(D("2025-08-31"), D("2022-01-10"), 6));
    }

    [Theory]
    [InlineData("2026-01-05", "2026-01-05", 1)]
    [InlineData("2026-01-05", "2026-01-11", 1)]
    [InlineData("2026-01-05", "2026-01-12", 1)]
    [InlineData("2026-01-05", "2026-01-13", 2)]
    [InlineData("2026-01-05", "2026-05-24", 20)]
    [InlineData("2026-01-05", "2026-05-25", 20)]
    [InlineData("2026-01-05", "2026-05-26", 21)]
    [InlineData("2026-01-05", "2026-01-04", 0)]
    public void Week_20_ends_on_the_final_plans_last_day(string request, string today, int week)
    {
        Assert.Equal(week, StatutoryClock.WeekOfAssessment(D(request), D(today)));
    }

    [Theory]
    [InlineData("2026-03-31", null, "2026-03-01", DeadlineState.Due)]
    [InlineData("2026-03-31", null, "2026-03-16", DeadlineState.Due)]
    [InlineData("2026-03-31", null, "2026-03-17", DeadlineState.DueSoon)]
    [InlineData("2026-03-31", null, "2026-03-31", DeadlineState.DueSoon)]
    [InlineData("2026-03-31", null, "2026-04-01", DeadlineState.Overdue)]
    [InlineData("2026-03-31", "2026-03-31", "2026-05-01", DeadlineState.Met)]
    [InlineData("2026-03-31", "2026-04-02", "2026-05-01", DeadlineState.MetLate)]
    public void A_deadline_is_due_due_soon_overdue_met_or_met_late(string due, string? met, string today, DeadlineState expected)
    {
        Assert.Equal(expected, StatutoryClock.StateOf(D(due), met is null ? null : D(met), D(today)));
    }

    [Fact]
    public void Decision_to_assess_is_due_six_weeks_after_a_request_on_31_January()
    {
        Assert.Equal(D("2026-03-14"), StatutoryClock.DecisionToAssessDue(D("2026-01-31")));
    }

    [Fact]
    public void The_16_week_decision_is_due_112_days_after_the_request_across_29_February()
    {
        Assert.Equal(D("2024-05-21"), StatutoryClock.DecisionNotToIssueDue(D("2024-01-30")));
    }

    [Theory]
    [InlineData("2024-03-10", "2025-03-09")]
    [InlineData("2025-01-31", "2026-01-30")]
    [InlineData("2023-02-28", "2024-02-27")]
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2023-03-01", "2024-02-29")]
    [InlineData("2024-03-01", "2025-02-28")]
    [InlineData("2025-01-01", "2025-12-31")]
    public void Annual_review_ends_the_12_months_starting_with_the_plan_or_last_review(string since, string due)
    {
        Assert.Equal(D(due), StatutoryClock.AnnualReviewDue(D(since)));
    }

    [Theory]
    [InlineData("2023-08-31", "2024-02-29")]
    [InlineData("2024-08-31", "2025-02-28")]
    [InlineData("2024-09-01", "2025-02-28")]
    public void The_under_five_target_falls_on_the_last_day_of_February_after_the_end_of_August(string since, string due)
    {
        Assert.Equal(D(due), StatutoryClock.UnderFiveReviewTarget(D(since), D("2020-01-01"), 6));
    }

    [Fact]
    public void The_council_can_set_a_three_month_target_for_under_fives()
    {
        Assert.Equal(D("2025-02-28"), StatutoryClock.UnderFiveReviewTarget(D("2024-11-30"), D("2021-06-01"), 3));
    }

    [Fact]
    public void With_no_target_set_an_under_five_has_only_the_law_s_12_months()
    {
        Assert.Null(StatutoryClock.UnderFiveReviewTarget(D("2024-11-30"), D("2021-06-01"), 0));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(12)]
    public void An_under_five_target_other_than_none_three_or_six_months_is_refused(int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryClock.UnderFiveReviewTarget(D("2024-11-30"), D("2021-06-01"), months));
    }

    [Theory]
    [InlineData("2025-03-09", "2025-09-08")]
    [InlineData("2025-03-10", null)]
    public void A_child_is_under_five_until_the_fifth_birthday_itself(string since, string? target)
    {
        Assert.Equal(target is null ? null : D(target), StatutoryClock.UnderFiveReviewTarget(D(since), D("2020-03-10"), 6));
    }

    [Fact]
    public void A_child_born_on_29_February_turns_five_on_1_March_when_the_year_has_no_29_February()
    {
        var born = D("2020-02-29");

        Assert.Equal(D("2025-03-01"), StatutoryClock.Birthday(born, 5));
        Assert.Equal(D("2024-02-29"), StatutoryClock.Birthday(born, 4));
        Assert.True(StatutoryClock.IsUnderFive(born, D("2025-02-28")));
        Assert.False(StatutoryClock.IsUnderFive(born, D("2025-03-01")));
    }

    [Theory]
    [InlineData("2026-03-12", null, "2026-05-12")]
    [InlineData("2026-01-31", null, "2026-03-31")]
    [InlineData("2024-12-31", null, "2025-02-28")]
    [InlineData("2023-12-31", null, "2024-02-29")]
    [InlineData("2026-03-12", "2026-04-20", "2026-05-20")]
    [InlineData("2026-03-12", "2026-03-10", "2026-05-12")]
    [InlineData("2026-01-05", "2026-01-31", "2026-03-05")]
    [InlineData("2024-12-01", "2025-01-31", "2025-02-28")]
    public void An_appeal_is_due_two_months_after_the_decision_or_one_month_after_a_mediation_certificate_whichever_is_later(string decision, string? certificate, string due)
    {
        Assert.Equal(D(due), StatutoryClock.AppealDue(D(decision), certificate is null ? null : D(certificate)));
    }

    [Theory]
    [InlineData("2026-06-10", "2026-09-01")]
    [InlineData("2029-06-15", "2029-09-03")]
    [InlineData("2026-10-27", "2027-01-04")]
    [InlineData("2021-10-25", "2022-01-04")]
    [InlineData("2022-11-01", "2023-01-03")]
    [InlineData("2025-12-31", "2026-03-02")]
    [InlineData("2026-03-02", "2026-05-05")]
    [InlineData("2027-01-29", "2027-03-30")]
    public void An_appeal_due_in_August_over_Christmas_or_on_a_day_that_is_not_a_working_day_moves_to_the_next_working_day(string decision, string due)
    {
        Assert.Equal(D(due), StatutoryClock.AppealDue(D(decision), null));
    }

    [Fact]
    public void Review_papers_go_out_two_weeks_before_the_meeting_across_29_February()
    {
        Assert.Equal(D("2024-02-29"), StatutoryClock.ReviewPapersDue(D("2024-03-14")));
    }

    [Fact]
    public void The_review_report_is_due_two_weeks_after_the_meeting_and_the_decision_four_weeks_after()
    {
        Assert.Equal(D("2024-03-05"), StatutoryClock.ReviewReportDue(D("2024-02-20")));
        Assert.Equal(D("2024-03-19"), StatutoryClock.ReviewDecisionDue(D("2024-02-20")));
    }

    [Fact]
    public void The_family_has_15_days_beginning_with_the_day_proposed_amendments_were_served_across_29_February()
    {
        Assert.Equal(D("2024-03-05"), StatutoryClock.AmendmentResponseDue(D("2024-02-20")));
    }

    [Theory]
    [InlineData("2026-03-16", "2026-05-11")]
    [InlineData("2026-03-30", "2026-05-25")]
    [InlineData("2026-04-13", "2026-05-25")]
    public void The_amended_plan_is_due_8_weeks_after_the_notice_or_12_weeks_after_the_meeting_whichever_is_earlier(string notice, string due)
    {
        Assert.Equal(D(due), StatutoryClock.AmendedPlanDue(D("2026-03-02"), D(notice)));
    }

    [Fact]
    public void Without_a_notice_the_amended_plan_is_due_12_weeks_after_the_meeting()
    {
        Assert.Equal(D("2026-05-25"), StatutoryClock.AmendedPlanDue(D("2026-03-02"), null));
    }

    [Theory]
    [InlineData(PhaseTransferKind.BetweenSchoolPhases, "2027-09-01", "2027-02-14")]
    [InlineData(PhaseTransferKind.SecondaryToPostSixteen, "2027-09-01", "2027-03-30")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2027-01-06", "2026-08-06")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2027-07-31", "2027-02-28")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2028-07-31", "2028-02-29")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2027-02-28", "2026-09-30")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2028-02-29", "2027-09-30")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2028-02-28", "2027-09-28")]
    [InlineData(PhaseTransferKind.BetweenPostSixteenInstitutions, "2027-04-30", "2026-11-30")]
    public void A_phase_transfer_is_due_before_15_February_before_31_March_or_at_least_5_months_before_the_move(PhaseTransferKind kind, string move, string due)
    {
        Assert.Equal(D(due), StatutoryClock.PhaseTransferDue(kind, D(move)));
    }

    [Theory]
    [InlineData(null, "2026-03-31", DeadlineState.DueSoon)]
    [InlineData(null, "2026-04-01", DeadlineState.Lapsed)]
    [InlineData("2026-04-02", "2026-05-01", DeadlineState.MetLate)]
    [InlineData("2026-03-20", "2026-05-01", DeadlineState.Met)]
    public void A_family_window_lapses_unused_rather_than_going_overdue(string? used, string today, DeadlineState expected)
    {
        Assert.Equal(expected, StatutoryClock.WindowStateOf(D("2026-03-31"), used is null ? null : D(used), D(today)));
    }

    [Theory]
    [InlineData("2022-09-19")]
    [InlineData("2023-05-08")]
    [InlineData("2026-01-01")]
    [InlineData("2026-04-03")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-04")]
    [InlineData("2026-05-25")]
    [InlineData("2026-08-31")]
    [InlineData("2026-12-25")]
    [InlineData("2026-12-28")]
    [InlineData("2027-03-26")]
    [InlineData("2027-03-29")]
    [InlineData("2027-12-27")]
    [InlineData("2027-12-28")]
    [InlineData("2028-01-03")]
    [InlineData("2026-05-02")]
    public void Bank_holidays_in_England_and_weekends_are_not_working_days(string day)
    {
        Assert.False(StatutoryClock.IsWorkingDay(D(day)));
    }

    [Theory]
    [InlineData("2022-05-30")]
    [InlineData("2026-04-07")]
    [InlineData("2026-12-29")]
    [InlineData("2027-12-29")]
    [InlineData("2028-01-04")]
    public void Ordinary_weekdays_are_working_days(string day)
    {
        Assert.True(StatutoryClock.IsWorkingDay(D(day)));
    }
}
