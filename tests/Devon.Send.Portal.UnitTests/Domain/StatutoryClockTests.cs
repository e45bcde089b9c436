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
    public void The_family_has_15_days_to_respond_to_a_draft()
    {
        Assert.Equal(D("2026-03-03"), StatutoryClock.DraftResponseDue(D("2026-02-16")));
    }

    [Fact]
    public void Annual_review_from_29_February_falls_on_28_February_the_next_year()
    {
        Assert.Equal(D("2025-02-28"), StatutoryClock.AnnualReviewDue(D("2024-02-29"), dateOfBirth: D("2012-05-01")));
    }

    [Fact]
    public void Annual_review_for_a_child_under_five_is_due_after_six_months_from_a_month_end()
    {
        Assert.Equal(D("2026-02-28"), StatutoryClock.AnnualReviewDue(D("2025-08-31"), dateOfBirth: D("2022-01-10")));
    }

    [Theory]
    [InlineData("2026-01-05", "2026-01-05", 1)]
    [InlineData("2026-01-05", "2026-01-11", 1)]
    [InlineData("2026-01-05", "2026-01-12", 2)]
    [InlineData("2026-01-05", "2026-05-24", 20)]
    [InlineData("2026-01-05", "2026-01-04", 0)]
    public void Week_of_assessment_counts_the_week_of_the_request_as_week_one(string request, string today, int week)
    {
        Assert.Equal(week, StatutoryClock.WeekOfAssessment(D(request), D(today)));
    }

    [Theory]
    [InlineData("2026-03-31", null, "2026-03-01", DeadlineState.Due)]
    [InlineData("2026-03-31", null, "2026-03-17", DeadlineState.DueSoon)]
    [InlineData("2026-03-31", null, "2026-03-31", DeadlineState.DueSoon)]
    [InlineData("2026-03-31", null, "2026-04-01", DeadlineState.Overdue)]
    [InlineData("2026-03-31", "2026-03-31", "2026-05-01", DeadlineState.Met)]
    [InlineData("2026-03-31", "2026-04-02", "2026-05-01", DeadlineState.MetLate)]
    public void A_deadline_is_due_due_soon_overdue_met_or_met_late(string due, string? met, string today, DeadlineState expected)
    {
        Assert.Equal(expected, StatutoryClock.StateOf(D(due), met is null ? null : D(met), D(today)));
    }
}
