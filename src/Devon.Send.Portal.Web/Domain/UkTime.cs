namespace Devon.Send.Portal.Web.Domain;

/// <summary>Statutory days are days in England, whatever time zone the server runs in.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly UkToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public static DateTimeOffset ToUkTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}

/// <summary>Dates and times as GOV.UK writes them: "22 November 2026", "3:05pm on 22 November 2026".</summary>
public static class UkDates
{
    private static readonly System.Globalization.CultureInfo EnGb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public static string ToUkDate(this DateOnly day) => day.ToString("d MMMM yyyy", EnGb);

    public static string ToUkDate(this DateTimeOffset instant) => instant.ToUkTime().ToString("d MMMM yyyy", EnGb);

    public static string ToUkDateTime(this DateTimeOffset instant)
    {
        return $"{instant.ToUkClockTime()} on {instant.ToUkTime().ToString("d MMMM yyyy", EnGb)}";
    }

    /// <summary>The time of day alone, "2:32pm", for what happened today.</summary>
    public static string ToUkClockTime(this DateTimeOffset instant)
    {
        var local = instant.ToUkTime();
        return $"{local.ToString("h:mm", EnGb)}{(local.Hour < 12 ? "am" : "pm")}";
    }

    public static string ToUkMonth(this DateOnly day) => day.ToString("MMMM yyyy", EnGb);
}
