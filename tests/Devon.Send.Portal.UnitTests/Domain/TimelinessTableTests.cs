using System.Globalization;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class TimelinessTableTests
{
    private static readonly CalendarMonth Jan2024 = new(2024, 1);
    private static readonly CalendarMonth Feb2024 = new(2024, 2);
    private static readonly CalendarMonth Mar2024 = new(2024, 3);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static CaseDates Case(string requested, string? final = null, string? closed = null, string? refused = null, bool exception = false) =>
        new(D(requested), final is null ? null : D(final), closed is null ? null : D(closed), refused is null ? null : D(refused), exception);

    private static MonthFigures Only(CalendarMonth month, params CaseDates[] cases) =>
        Assert.Single(TimelinessTable.Compute(cases, month, month));

    [Fact]
    public void A_plan_issued_on_day_140_is_on_time_and_on_day_141_is_late_across_a_leap_day()
    {
        // 2024-02-03 + 140 days = 2024-06-22 (29 February counted).
        var row = Only(new CalendarMonth(2024, 6), Case("2024-02-03", final: "2024-06-22"), Case("2024-02-02", final: "2024-06-22"));

        Assert.Equal(2, row.Completed);
        Assert.Equal(1, row.OnTime);
        Assert.Equal(50, row.PercentOnTime);
    }

    [Fact]
    public void A_plan_counts_in_the_month_it_was_issued_including_the_last_day_of_February_in_a_leap_year()
    {
        var rows = TimelinessTable.Compute([Case("2023-12-01", final: "2024-02-29"), Case("2023-12-01", final: "2024-03-01")], Feb2024, Mar2024);

        Assert.Equal([1, 1], rows.Select(r => r.Completed));
    }

    [Fact]
    public void Cases_with_a_timescale_exception_are_left_out_of_the_plans_issued()
    {
        var row = Only(Jan2024, Case("2023-12-01", final: "2024-01-10", exception: true), Case("2023-06-01", final: "2024-01-10"));

        Assert.Equal(1, row.Completed);
        Assert.Equal(0, row.OnTime);
    }

    [Fact]
    public void A_month_with_nothing_completed_shows_zero_percent()
    {
        var row = Only(Jan2024, Case("2023-12-01"));

        Assert.Equal((0, 0, 0, 0), (row.Completed, row.OnTime, row.PercentOnTime, row.CumulativePercentOnTime));
    }

    [Theory]
    [InlineData(1, 8, 13)]   // 12.5 rounds up to 13
    [InlineData(3, 8, 38)]   // 37.5 rounds up to 38
    [InlineData(1, 3, 33)]   // 33.3 rounds down
    [InlineData(2, 3, 67)]   // 66.7 rounds up
    [InlineData(0, 5, 0)]
    [InlineData(5, 5, 100)]
    [InlineData(0, 0, 0)]
    public void Percentages_round_half_up_to_whole_numbers(int part, int whole, int expected)
    {
        Assert.Equal(expected, TimelinessTable.Percent(part, whole));
    }

    [Fact]
    public void The_cumulative_percentage_runs_from_January_even_when_the_table_starts_later()
    {
        CaseDates[] cases =
        [
            Case("2024-01-01", final: "2024-01-20"), // on time, January
            Case("2023-06-01", final: "2024-02-10"), // late, February
            Case("2023-06-01", final: "2024-02-11"), // late, February
            Case("2024-01-01", final: "2024-03-01"), // on time, March
        ];

        var row = Assert.Single(TimelinessTable.Compute(cases, Mar2024, Mar2024));

        Assert.Equal(100, row.PercentOnTime);
        Assert.Equal(50, row.CumulativePercentOnTime);
    }

    [Fact]
    public void The_cumulative_percentage_starts_again_in_January()
    {
        CaseDates[] cases = [Case("2023-01-01", final: "2023-12-05"), Case("2024-01-01", final: "2024-01-05")];

        var rows = TimelinessTable.Compute(cases, new CalendarMonth(2023, 12), Jan2024);

        Assert.Equal([0, 100], rows.Select(r => r.CumulativePercentOnTime));
    }

    [Fact]
    public void Overdue_30_weeks_counts_cases_open_more_than_210_days_at_the_months_last_day()
    {
        // 31 January 2024 minus 210 days is 5 July 2023.
        var row = Only(Jan2024, Case("2023-07-05"), Case("2023-07-04"));

        Assert.Equal(1, row.Overdue30Weeks);
    }

    [Fact]
    public void Overdue_52_weeks_counts_cases_open_more_than_364_days_and_are_also_over_30_weeks()
    {
        // 29 February 2024 minus 364 days is 2 March 2023.
        var row = Only(Feb2024, Case("2023-03-02"), Case("2023-03-01"));

        Assert.Equal((2, 1), (row.Overdue30Weeks, row.Overdue52Weeks));
    }

    [Fact]
    public void A_case_ended_on_the_months_last_day_is_not_open_at_it_and_one_ended_the_next_day_is()
    {
        var row = Only(Jan2024,
            Case("2023-01-01", final: "2024-01-31"),
            Case("2023-01-01", closed: "2024-01-31"),
            Case("2023-01-01", refused: "2024-01-31"),
            Case("2023-01-01", closed: "2024-02-01"));

        Assert.Equal(1, row.Overdue30Weeks);
    }

    [Fact]
    public void A_request_received_after_the_months_last_day_is_not_open_at_it()
    {
        var rows = TimelinessTable.Compute([Case("2023-06-01")], new CalendarMonth(2022, 12), Jan2024);

        Assert.Equal(0, rows[0].Overdue30Weeks);
        Assert.Equal(1, rows[^1].Overdue30Weeks);
    }

    [Fact]
    public void Requests_are_counted_in_the_month_they_were_received()
    {
        var rows = TimelinessTable.Compute([Case("2024-01-31"), Case("2024-02-01"), Case("2024-02-29"), Case("2023-12-31")], Jan2024, Feb2024);

        Assert.Equal([1, 2], rows.Select(r => r.RequestsReceived));
    }

    [Fact]
    public void One_row_for_every_month_asked_for_in_order()
    {
        var rows = TimelinessTable.Compute([], new CalendarMonth(2023, 11), Feb2024);

        Assert.Equal(["2023-11", "2023-12", "2024-01", "2024-02"], rows.Select(r => r.Month.ToString()));
    }

    [Fact]
    public void A_range_that_runs_backwards_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimelinessTable.Compute([], Feb2024, Jan2024));
    }

    [Fact]
    public void The_csv_has_the_councils_header_and_one_crlf_line_per_month()
    {
        using var csv = new StringWriter();

        TimelinessTable.WriteCsv([new MonthFigures(Jan2024, 80, 30, 38, 38, 180, 12, 99)], csv);

        Assert.Equal("month,completed,on_time,pct_on_time,cumulative_pct_on_time,overdue_30_weeks,overdue_52_weeks\r\n2024-01,80,30,38,38,180,12\r\n", csv.ToString());
    }

    [Fact]
    public void The_sample_case_file_gives_the_councils_published_figures()
    {
        var fixtures = Fixtures.Folder;
        using var reader = new StreamReader(Path.Combine(fixtures, "assessments-sample.csv"));
        var file = CaseHistoryFile.Read(reader, new DateOnly(2026, 11, 22));
        var cases = file.Rows.Select(r => new CaseDates(r.RequestReceived, r.FinalPlanIssued, r.Closed,
            r.Decision == AssessmentDecision.Refuse ? r.DecisionDate : null, r.TimescaleException));
        using var csv = new StringWriter();

        TimelinessTable.WriteCsv(TimelinessTable.Compute(cases, Jan2024, new CalendarMonth(2024, 5)), csv);

        Assert.True(file.IsValid);
        Assert.Equal(File.ReadAllText(Path.Combine(fixtures, "assessments-sample.expected.csv")), csv.ToString());
    }
}
