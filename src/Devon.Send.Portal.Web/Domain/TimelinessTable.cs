namespace Devon.Send.Portal.Web.Domain;

/// <summary>The dates of a case that the monthly figures are computed from.</summary>
public readonly record struct CaseDates(
    DateOnly RequestReceived,
    DateOnly? FinalPlanIssued,
    DateOnly? Closed,
    DateOnly? Refused,
    bool HasTimescaleException);

/// <summary>One row of the council's monthly timeliness table (seed 003, Table 1a), with the requests received that month.</summary>
public sealed record MonthFigures(
    CalendarMonth Month,
    int Completed,
    int OnTime,
    int PercentOnTime,
    int CumulativePercentOnTime,
    int Overdue30Weeks,
    int Overdue52Weeks,
    int RequestsReceived);

/// <summary>
/// The council's monthly timeliness table, by the definitions the council reports on (its Table 1a): for a month M
/// whose last day is E, final plans issued in M (cases with a timescale exception left out), those issued at most
/// 140 days after the request, the percentage on time and its running total from January of the same year, and
/// the cases still open at E more than 30 and 52 weeks after the request.
/// </summary>
public static class TimelinessTable
{
    public const int OnTimeDays = StatutoryClock.FinalPlanDays;
    public const int Overdue30WeeksDays = 30 * 7;
    public const int Overdue52WeeksDays = 52 * 7;

    /// <summary>The longest table asked for at once: ten years of months.</summary>
    public const int MaxMonths = 120;

    public static IReadOnlyList<MonthFigures> Compute(IEnumerable<CaseDates> cases, CalendarMonth from, CalendarMonth to)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (to < from || from.MonthsUntil(to) >= MaxMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"The table runs from one month to a later one, at most {MaxMonths} months.");
        }

        // Counting starts in January of the first year so the running percentage has the months before 'from'.
        var start = new CalendarMonth(from.Year, 1);
        var count = start.MonthsUntil(to) + 1;
        var completed = new int[count];
        var onTime = new int[count];
        var requests = new int[count];
        var overdue30 = new int[count];
        var overdue52 = new int[count];
        var firstDay = start.FirstDay.DayNumber;
        var lastDay = to.LastDay.DayNumber;
        var monthEnds = Enumerable.Range(0, count).Select(i => start.AddMonths(i).LastDay.DayNumber).ToArray();

        foreach (var c in cases)
        {
            var requested = c.RequestReceived.DayNumber;
            if (requested >= firstDay && requested <= lastDay)
            {
                requests[start.MonthsUntil(CalendarMonth.Of(c.RequestReceived))]++;
            }

            if (c.FinalPlanIssued is { } final && !c.HasTimescaleException && final.DayNumber >= firstDay && final.DayNumber <= lastDay)
            {
                var month = start.MonthsUntil(CalendarMonth.Of(final));
                completed[month]++;
                if (final.DayNumber - requested <= OnTimeDays)
                {
                    onTime[month]++;
                }
            }

            // Open at E while E is before the day the case ended (plan, closure or refusal), if it ended.
            var ended = Math.Min(Math.Min(Day(c.FinalPlanIssued), Day(c.Closed)), Day(c.Refused));
            if (requested + Overdue30WeeksDays >= lastDay || ended <= firstDay)
            {
                continue;
            }

            for (var i = 0; i < count; i++)
            {
                var end = monthEnds[i];
                if (end >= ended)
                {
                    break;
                }

                var open = end - requested;
                if (open > Overdue30WeeksDays)
                {
                    overdue30[i]++;
                    if (open > Overdue52WeeksDays)
                    {
                        overdue52[i]++;
                    }
                }
            }
        }

        var rows = new List<MonthFigures>(count);
        int yearCompleted = 0, yearOnTime = 0;
        for (var i = 0; i < count; i++)
        {
            var month = start.AddMonths(i);
            if (month.Month == 1)
            {
                yearCompleted = yearOnTime = 0;
            }

            yearCompleted += completed[i];
            yearOnTime += onTime[i];
            if (month >= from)
            {
                rows.Add(new MonthFigures(month, completed[i], onTime[i], Percent(onTime[i], completed[i]),
                    Percent(yearOnTime, yearCompleted), overdue30[i], overdue52[i], requests[i]));
            }
        }

        return rows;
    }

    public const string CsvHeader = "month,completed,on_time,pct_on_time,cumulative_pct_on_time,overdue_30_weeks,overdue_52_weeks";

    /// <summary>The table as CSV (RFC 4180, lines ending CRLF), as the council's monthly return and the DfE take it.</summary>
    public static void WriteCsv(IEnumerable<MonthFigures> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(CsvHeader + "\r\n");
        foreach (var r in rows)
        {
            writer.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{r.Month},{r.Completed},{r.OnTime},{r.PercentOnTime},{r.CumulativePercentOnTime},{r.Overdue30Weeks},{r.Overdue52Weeks}\r\n"));
        }
    }

    /// <summary>A whole percentage, rounded half up; 0 when there is nothing to divide by.</summary>
    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)(((200L * part) + whole) / (2L * whole));

    private static int Day(DateOnly? day) => day?.DayNumber ?? int.MaxValue;
}
