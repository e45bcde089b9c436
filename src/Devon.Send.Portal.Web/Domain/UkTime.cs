namespace Devon.Send.Portal.Web.Domain;

/// <summary>Statutory days are days in England, whatever time zone the server runs in.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly UkToday(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    public static DateTimeOffset ToUkTime(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);
}
