using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The bank holidays of England and Wales. For the years in <c>bank-holidays.json</c> (embedded in the assembly, in the
/// shape of https://www.gov.uk/bank-holidays.json, from 2014 to <see cref="LastPublishedYear"/>) they are that list,
/// so holidays proclaimed for one year and holidays moved for one year are known. For any year after the last one in
/// the file, and for any year before 2014, they are the regular pattern (<see cref="Regular"/>), which knows no
/// one-off or moved holiday: add a proclamation to the file as soon as it is made. Scotland and Northern Ireland are
/// not covered. The file is read once, the first time it is needed.
/// </summary>
public static class BankHolidays
{
    /// <summary>The name the file is embedded under (the web project's csproj).</summary>
    internal const string ResourceName = "bank-holidays.json";

    private const string NewYearsDay = "New Year’s Day";

    private static readonly Lazy<Published> Data = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The first year in the file.</summary>
    public static int FirstPublishedYear => Data.Value.FirstYear;

    /// <summary>The last year in the file: after it, the regular pattern is used.</summary>
    public static int LastPublishedYear => Data.Value.LastYear;

    public static bool IsBankHoliday(DateOnly day) =>
        IsPublished(day.Year) ? Data.Value.Titles.ContainsKey(day) : Regular(day.Year).Any(h => h.Date == day);

    /// <summary>The year's bank holidays in date order: from the file for its years, otherwise the regular pattern.</summary>
    public static IReadOnlyList<(DateOnly Date, string Title)> InYear(int year) =>
        IsPublished(year) ? Data.Value.Holidays.Where(h => h.Date.Year == year).ToList() : Regular(year);

    /// <summary>
    /// The regular bank holidays of a year in date order, with the titles GOV.UK gives them: New Year's Day, Good
    /// Friday, Easter Monday, the first Monday in May, the last Mondays in May and August, Christmas Day and Boxing
    /// Day. One that falls at a weekend is given on the next weekday that is not already a bank holiday (Christmas Day
    /// on a Saturday: Monday 27 and Tuesday 28 December). One-off and moved holidays are not in it.
    /// </summary>
    public static IReadOnlyList<(DateOnly Date, string Title)> Regular(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<(DateOnly Date, string Title)>
        {
            (easter.AddDays(-2), "Good Friday"),
            (easter.AddDays(1), "Easter Monday"),
            (FirstMonday(new DateOnly(year, 5, 1)), "Early May bank holiday"),
            (FirstMonday(new DateOnly(year, 5, 25)), "Spring bank holiday"),
            (FirstMonday(new DateOnly(year, 8, 25)), "Summer bank holiday"),
        };
        AddWithSubstitutes(holidays, [(new DateOnly(year, 1, 1), NewYearsDay)]);
        AddWithSubstitutes(holidays, [(new DateOnly(year, 12, 25), "Christmas Day"), (new DateOnly(year, 12, 26), "Boxing Day")]);
        return [.. holidays.OrderBy(h => h.Date)];
    }

    private static bool IsPublished(int year) => year >= Data.Value.FirstYear && year <= Data.Value.LastYear;

    /// <summary>A holiday at a weekend is given on the next weekday that is not already a holiday, in turn.</summary>
    private static void AddWithSubstitutes(List<(DateOnly Date, string Title)> holidays, (DateOnly Date, string Title)[] days)
    {
        var owed = new Queue<string>();
        foreach (var (day, title) in days)
        {
            if (IsWeekend(day))
            {
                owed.Enqueue(title);
            }
            else
            {
                holidays.Add((day, title));
            }
        }

        for (var next = days[^1].Date.AddDays(1); owed.Count > 0; next = next.AddDays(1))
        {
            if (!IsWeekend(next) && !holidays.Exists(h => h.Date == next))
            {
                holidays.Add((next, owed.Dequeue()));
            }
        }
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(DateOnly from) => from.AddDays(((int)DayOfWeek.Monday - (int)from.DayOfWeek + 7) % 7);

    /// <summary>The anonymous Gregorian computus.</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static Published Read()
    {
        using var stream = typeof(BankHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var json = JsonDocument.Parse(stream);
        var holidays = json.RootElement.GetProperty("england-and-wales").GetProperty("events").EnumerateArray()
            .Select(e => (
                Date: DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Title: e.GetProperty("title").GetString()!))
            .OrderBy(h => h.Date)
            .ToList();
        if (holidays.Count == 0)
        {
            throw new InvalidOperationException($"{ResourceName} lists no bank holidays for England and Wales.");
        }

        return new Published(holidays, holidays.ToFrozenDictionary(h => h.Date, h => h.Title), holidays[0].Date.Year, holidays[^1].Date.Year);
    }

    private sealed record Published(
        IReadOnlyList<(DateOnly Date, string Title)> Holidays,
        FrozenDictionary<DateOnly, string> Titles,
        int FirstYear,
        int LastYear);
}
