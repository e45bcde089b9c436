using System.Globalization;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>A calendar month, written YYYY-MM as in the council's monthly figures.</summary>
public readonly record struct CalendarMonth(int Year, int Month) : IComparable<CalendarMonth>
{
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>How many months there are from this one to <paramref name="other"/> (0 for the same month).</summary>
    public int MonthsUntil(CalendarMonth other) => ((other.Year - Year) * 12) + other.Month - Month;

    public CalendarMonth AddMonths(int months)
    {
        var index = (Year * 12) + Month - 1 + months;
        return new(index / 12, (index % 12) + 1);
    }

    public static CalendarMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>Reads "2024-01"; nothing else (no day, no other separator, a real month of years 1900–9999).</summary>
    public static bool TryParse(string? text, out CalendarMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year < 1900 || m is < 1 or > 12)
        {
            return false;
        }

        month = new(year, m);
        return true;
    }

    public int CompareTo(CalendarMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(CalendarMonth left, CalendarMonth right) => left.CompareTo(right) >= 0;

    /// <summary>"2024-01".</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>"January 2024".</summary>
    public string DisplayName => FirstDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
