using System.Globalization;
using System.Text.Json;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class BankHolidaysTests
{
    /// <summary>The file's events, read here without <see cref="BankHolidays"/>, from the copy embedded in the assembly.</summary>
    private static readonly IReadOnlyList<Event> Events = ReadEvents();

    /// <summary>The holidays proclaimed or moved for one year: in the file but not in the regular pattern.</summary>
    private static readonly Dictionary<int, DateOnly[]> Added = new()
    {
        [2020] = [D("2020-05-08")],
        [2022] = [D("2022-06-02"), D("2022-06-03"), D("2022-09-19")],
        [2023] = [D("2023-05-08")],
    };

    /// <summary>The regular holidays moved away for one year: in the regular pattern but not in the file.</summary>
    private static readonly Dictionary<int, DateOnly[]> Removed = new()
    {
        [2020] = [D("2020-05-04")],
        [2022] = [D("2022-05-30")],
    };

    /// <summary>The regular pattern for the two years after the file, worked out by hand (Easter Sunday 1 April 2029 and 21 April 2030).</summary>
    private static readonly (DateOnly Date, string Title)[] AfterTheFile =
    [
        (D("2029-01-01"), "New Year’s Day"),
        (D("2029-03-30"), "Good Friday"),
        (D("2029-04-02"), "Easter Monday"),
        (D("2029-05-07"), "Early May bank holiday"),
        (D("2029-05-28"), "Spring bank holiday"),
        (D("2029-08-27"), "Summer bank holiday"),
        (D("2029-12-25"), "Christmas Day"),
        (D("2029-12-26"), "Boxing Day"),
        (D("2030-01-01"), "New Year’s Day"),
        (D("2030-04-19"), "Good Friday"),
        (D("2030-04-22"), "Easter Monday"),
        (D("2030-05-06"), "Early May bank holiday"),
        (D("2030-05-27"), "Spring bank holiday"),
        (D("2030-08-26"), "Summer bank holiday"),
        (D("2030-12-25"), "Christmas Day"),
        (D("2030-12-26"), "Boxing Day"),
    ];

    public static TheoryData<int> PublishedYears => new(Enumerable.Range(BankHolidays.FirstPublishedYear, BankHolidays.LastPublishedYear - BankHolidays.FirstPublishedYear + 1));

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Fact]
    public void The_file_covers_2014_to_at_least_2028()
    {
        Assert.Equal(2014, BankHolidays.FirstPublishedYear);
        Assert.True(BankHolidays.LastPublishedYear >= 2028, $"the file ends in {BankHolidays.LastPublishedYear}");
        Assert.Equal(BankHolidays.FirstPublishedYear, Events[0].Date.Year);
        Assert.Equal(BankHolidays.LastPublishedYear, Events[^1].Date.Year);
    }

    [Fact]
    public void The_file_holds_England_and_Wales_only_in_the_shape_of_the_GOV_UK_file()
    {
        using var json = JsonDocument.Parse(Resource());
        var division = Assert.Single(json.RootElement.EnumerateObject());
        Assert.Equal("england-and-wales", division.Name);
        Assert.Equal("england-and-wales", division.Value.GetProperty("division").GetString());
        Assert.All(division.Value.GetProperty("events").EnumerateArray(), e =>
            Assert.Equal(["title", "date", "notes", "bunting"], e.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Every_bank_holiday_in_the_file_is_a_weekday_and_they_are_in_date_order_with_no_day_twice()
    {
        Assert.All(Events, e => Assert.False(e.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{e.Date:yyyy-MM-dd} {e.Title} is at a weekend"));
        Assert.All(Events.Zip(Events.Skip(1)), pair => Assert.True(pair.First.Date < pair.Second.Date, $"{pair.Second.Date:yyyy-MM-dd} follows {pair.First.Date:yyyy-MM-dd}"));
    }

    [Fact]
    public void A_holiday_given_on_another_day_because_of_a_weekend_is_noted_as_a_substitute_day()
    {
        var nominal = new Dictionary<string, (int Month, int Day)>
        {
            ["New Year’s Day"] = (1, 1),
            ["Christmas Day"] = (12, 25),
            ["Boxing Day"] = (12, 26),
        };
        foreach (var e in Events)
        {
            var substitute = nominal.TryGetValue(e.Title, out var day) && (e.Date.Month, e.Date.Day) != day;
            Assert.True(e.Notes == (substitute ? "Substitute day" : ""), $"{e.Date:yyyy-MM-dd} {e.Title}: notes '{e.Notes}'");
        }
    }

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void The_file_differs_from_the_regular_pattern_only_by_the_holidays_proclaimed_or_moved_for_one_year(int year)
    {
        var published = Events.Where(e => e.Date.Year == year).ToDictionary(e => e.Date, e => e.Title);
        var regular = BankHolidays.Regular(year).ToDictionary(h => h.Date, h => h.Title);

        Assert.Equal(Added.GetValueOrDefault(year, []), published.Keys.Except(regular.Keys).Order());
        Assert.Equal(Removed.GetValueOrDefault(year, []), regular.Keys.Except(published.Keys).Order());
        Assert.All(published.Keys.Intersect(regular.Keys), day => Assert.Equal(regular[day], published[day]));
        Assert.Equal(published.Select(p => (p.Key, p.Value)), BankHolidays.InYear(year));
    }

    [Fact]
    public void Every_day_from_2014_to_2030_is_a_working_day_exactly_when_it_is_a_weekday_and_not_a_bank_holiday()
    {
        var lastPublished = Events[^1].Date.Year;
        var published = Events.Select(e => e.Date).ToHashSet();
        var after = AfterTheFile.Select(h => h.Date).ToHashSet();
        var wrong = new List<string>();
        for (var day = D("2014-01-01"); day <= D("2030-12-31"); day = day.AddDays(1))
        {
            var holiday = day.Year <= lastPublished ? published.Contains(day) : after.Contains(day);
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (BankHolidays.IsBankHoliday(day) != holiday || StatutoryClock.IsWorkingDay(day) != (weekday && !holiday))
            {
                wrong.Add($"{day:yyyy-MM-dd}");
            }
        }

        Assert.True(wrong.Count == 0, "Days the clock gets wrong: " + string.Join(", ", wrong));
    }

    [Theory]
    [InlineData("2020-05-08")]
    [InlineData("2022-06-02")]
    [InlineData("2022-06-03")]
    [InlineData("2022-09-19")]
    [InlineData("2023-05-01")]
    [InlineData("2023-05-08")]
    public void Holidays_proclaimed_or_moved_for_one_year_are_not_working_days(string day)
    {
        Assert.True(BankHolidays.IsBankHoliday(D(day)));
        Assert.False(StatutoryClock.IsWorkingDay(D(day)));
    }

    [Theory]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    public void The_regular_day_of_a_holiday_moved_for_one_year_is_a_working_day(string day)
    {
        Assert.False(BankHolidays.IsBankHoliday(D(day)));
        Assert.True(StatutoryClock.IsWorkingDay(D(day)));
    }

    [Theory]
    [InlineData("2022-07-19", "2022-09-20")]
    [InlineData("2023-03-08", "2023-05-09")]
    [InlineData("2020-03-08", "2020-05-11")]
    [InlineData("2022-04-02", "2022-06-06")]
    [InlineData("2020-03-04", "2020-05-04")]
    [InlineData("2022-03-30", "2022-05-30")]
    public void An_appeal_due_on_a_holiday_proclaimed_or_moved_for_one_year_moves_to_the_next_working_day(string decision, string due)
    {
        Assert.Equal(D(due), StatutoryClock.AppealDue(D(decision), null));
    }

    [Fact]
    public void After_the_file_the_regular_pattern_is_used_with_each_holiday_titled()
    {
        Assert.Equal(AfterTheFile.Where(h => h.Date.Year == 2029), BankHolidays.InYear(2029));
        Assert.Equal(AfterTheFile.Where(h => h.Date.Year == 2030), BankHolidays.InYear(2030));
    }

    [Theory]
    [InlineData(2032, "2032-12-27", "Christmas Day")]
    [InlineData(2032, "2032-12-28", "Boxing Day")]
    [InlineData(2033, "2033-01-03", "New Year’s Day")]
    [InlineData(2033, "2033-12-26", "Boxing Day")]
    [InlineData(2033, "2033-12-27", "Christmas Day")]
    [InlineData(2034, "2034-01-02", "New Year’s Day")]
    [InlineData(2037, "2037-12-28", "Boxing Day")]
    public void In_the_regular_pattern_a_holiday_at_a_weekend_is_given_on_the_next_weekday_that_is_not_a_holiday(int year, string day, string title)
    {
        var holidays = BankHolidays.InYear(year);

        Assert.Contains((D(day), title), holidays);
        Assert.Equal(8, holidays.Count);
    }

    [Fact]
    public void Before_2014_the_regular_pattern_is_used()
    {
        Assert.Equal(BankHolidays.Regular(2013), BankHolidays.InYear(2013));
        Assert.True(BankHolidays.IsBankHoliday(D("2013-12-26")));
        Assert.False(StatutoryClock.IsWorkingDay(D("2013-05-27")));
        Assert.True(StatutoryClock.IsWorkingDay(D("2013-05-28")));
    }

    private static Stream Resource() =>
        typeof(BankHolidays).Assembly.GetManifestResourceStream("bank-holidays.json")
            ?? throw new InvalidOperationException("bank-holidays.json is not embedded in the web assembly.");

    private static List<Event> ReadEvents()
    {
        using var json = JsonDocument.Parse(Resource());
        return json.RootElement.GetProperty("england-and-wales").GetProperty("events").EnumerateArray()
            .Select(e => new Event(
                DateOnly.ParseExact(e.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.GetProperty("title").GetString()!,
                e.GetProperty("notes").GetString()!))
            .ToList();
    }

    private sealed record Event(DateOnly Date, string Title, string Notes);
}
