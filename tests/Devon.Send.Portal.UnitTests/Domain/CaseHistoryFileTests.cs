using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class CaseHistoryFileTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static CaseHistoryFile.Result Read(params string[] rows) =>
        CaseHistoryFile.Read(new StringReader(string.Join("\r\n", [CaseHistoryFile.Header, .. rows]) + "\r\n"), Today);

    private static ImportProblem OnlyProblem(params string[] rows)
    {
        var result = Read(rows);
        Assert.Empty(result.Rows);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Reads_every_column_of_a_good_row()
    {
        var result = Read("DCC-1,2024-01-03,assess,2024-02-03,2024-05-07,2024-09-01,moved_away,true");

        var row = Assert.Single(result.Rows);
        Assert.True(result.IsValid);
        Assert.Equal(new CaseHistoryRow(2, "DCC-1", new(2024, 1, 3), AssessmentDecision.Assess, new(2024, 2, 3), new(2024, 5, 7), new(2024, 9, 1), "moved_away", true), row);
    }

    [Fact]
    public void Reads_the_whole_sample_file_without_a_problem()
    {
        using var reader = new StreamReader(Path.Combine(Fixtures.Folder, "assessments-sample.csv"));

        var result = CaseHistoryFile.Read(reader, Today);

        Assert.Empty(result.Problems);
        Assert.Equal(1382, result.Rows.Count);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("03/01/2024")]
    [InlineData("2024-1-3")]
    [InlineData("yesterday")]
    public void An_impossible_or_badly_written_date_is_a_problem_on_its_line(string date)
    {
        var problem = OnlyProblem($"DCC-1,{date},pending,,,,,false");

        Assert.Equal(2, problem.Line);
        Assert.Equal($"request_received '{date}' is not a real date in the form YYYY-MM-DD", problem.Message);
    }

    [Fact]
    public void The_29th_of_February_in_a_leap_year_is_a_real_date()
    {
        Assert.True(Read("DCC-1,2024-02-29,pending,,,,,false").IsValid);
    }

    [Fact]
    public void A_date_in_the_future_is_a_problem()
    {
        Assert.Equal("request_received 2026-11-23 is in the future", OnlyProblem("DCC-1,2026-11-23,pending,,,,,false").Message);
    }

    [Fact]
    public void An_unknown_decision_is_a_problem()
    {
        Assert.Equal("decision 'approved' must be assess, refuse or pending", OnlyProblem("DCC-1,2024-01-03,approved,2024-02-03,,,,false").Message);
    }

    [Theory]
    [InlineData("DCC-1,2024-01-03,assess,2024-02-03,2024-01-02,,,false", "final_plan_issued 2024-01-02 is before request_received 2024-01-03")]
    [InlineData("DCC-1,2024-01-03,assess,2024-01-02,,,,false", "decision_date 2024-01-02 is before request_received 2024-01-03")]
    [InlineData("DCC-1,2024-01-03,pending,,,2024-01-02,withdrawn,false", "closed_date 2024-01-02 is before request_received 2024-01-03")]
    [InlineData("DCC-1,2024-01-03,assess,2024-02-03,2024-02-02,,,false", "final_plan_issued 2024-02-02 is before decision_date 2024-02-03")]
    [InlineData("DCC-1,2024-01-03,refuse,2024-02-03,2024-05-02,,,false", "final_plan_issued is given but the decision is refuse: a plan follows a decision to assess")]
    [InlineData("DCC-1,2024-01-03,assess,,,,,false", "decision_date is empty: a decision to assess needs its date")]
    [InlineData("DCC-1,2024-01-03,pending,2024-02-03,,,,false", "decision_date is given but the decision is pending")]
    [InlineData("DCC-1,2024-01-03,pending,,,,withdrawn,false", "closed_reason is given but closed_date is empty")]
    [InlineData("DCC-1,2024-01-03,pending,,,,,yes", "timescale_exception 'yes' must be true or false")]
    [InlineData(",2024-01-03,pending,,,,,false", "case_reference is empty")]
    [InlineData("DCC 1,2024-01-03,pending,,,,,false", "case_reference 'DCC 1' must be at most 40 letters, digits, hyphens, slashes, underscores or full stops")]
    public void Dates_and_decisions_that_contradict_each_other_are_problems(string row, string message)
    {
        var result = Read(row);

        Assert.Empty(result.Rows);
        Assert.Contains(new ImportProblem(2, message), result.Problems);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_own_line_number()
    {
        var result = Read(
            "DCC-1,2024-01-03,assess,2024-02-03,,,,false",
            "DCC-2,2024-02-30,assess,2024-02-03,,,,false",
            "DCC-3,2024-01-03,maybe,,,,,false",
            "DCC-4,2024-01-03,pending,,,,,false");

        Assert.False(result.IsValid);
        Assert.Equal([3, 4], result.Problems.Select(p => p.Line));
        Assert.Equal(4, result.RowsRead);
    }

    [Fact]
    public void A_row_with_several_problems_reports_each()
    {
        var result = Read("DCC-1,2024-02-30,maybe,,,,,perhaps");

        Assert.Equal(3, result.ProblemCount);
        Assert.All(result.Problems, p => Assert.Equal(2, p.Line));
    }

    [Fact]
    public void A_reference_that_appears_twice_is_a_problem_naming_both_lines()
    {
        var result = Read("DCC-1,2024-01-03,pending,,,,,false", "DCC-2,2024-01-03,pending,,,,,false", "dcc-1,2024-01-04,pending,,,,,false");

        Assert.Equal(new ImportProblem(4, "Case reference dcc-1 is also on line 2: each case can appear only once"), Assert.Single(result.Problems));
    }

    [Fact]
    public void A_wrong_header_stops_the_check_at_line_1()
    {
        var result = CaseHistoryFile.Read(new StringReader("reference,received\nDCC-1,2024-01-03\n"), Today);

        Assert.Equal(new ImportProblem(1, "The header must be exactly: " + CaseHistoryFile.Header), Assert.Single(result.Problems));
    }

    [Fact]
    public void A_header_with_a_byte_order_mark_is_accepted()
    {
        var result = CaseHistoryFile.Read(new StringReader("\uFEFF" + CaseHistoryFile.Header + "\nDCC-1,2024-01-03,pending,,,,,false\n"), Today);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void An_empty_file_is_a_problem()
    {
        Assert.Equal(1, Assert.Single(CaseHistoryFile.Read(new StringReader(""), Today).Problems).Line);
    }

    [Theory]
    [InlineData("DCC-1,2024-01-03,pending,,,,false")]
    [InlineData("DCC-1,2024-01-03,pending,,,,,false,extra")]
    public void A_row_with_the_wrong_number_of_columns_is_a_problem(string row)
    {
        Assert.StartsWith("Expected 8 columns but found", OnlyProblem(row).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks_and_line_numbers_stay_right()
    {
        var result = Read(
            "\"DCC-1\",2024-01-03,pending,,,2024-03-01,\"moved away, to \"\"Cornwall\"\"\",false",
            "DCC-2,2024-01-03,pending,,,2024-03-01,\"withdrawn:\nfamily's request\",false",
            "DCC-3,2024-02-30,pending,,,,,false");

        Assert.Equal("moved away, to \"Cornwall\"", result.Rows[0].ClosureReason);
        Assert.Equal("withdrawn:\nfamily's request", result.Rows[1].ClosureReason);
        Assert.Equal(5, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void A_quoted_field_that_is_never_closed_is_a_problem()
    {
        var result = Read("DCC-1,2024-01-03,pending,,,2024-03-01,\"withdrawn,false");

        Assert.Contains("not closed", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_skipped()
    {
        Assert.True(Read("DCC-1,2024-01-03,pending,,,,,false", "", "DCC-2,2024-01-03,pending,,,,,false").Rows.Count == 2);
    }

    [Fact]
    public void Only_the_first_problems_are_listed_but_all_are_counted()
    {
        var rows = Enumerable.Range(1, CaseHistoryFile.MaxProblemsListed + 10).Select(i => $"DCC-{i},2024-02-30,pending,,,,,false").ToArray();

        var result = Read(rows);

        Assert.Equal(CaseHistoryFile.MaxProblemsListed, result.Problems.Count);
        Assert.Equal(CaseHistoryFile.MaxProblemsListed + 10, result.ProblemCount);
    }
}
