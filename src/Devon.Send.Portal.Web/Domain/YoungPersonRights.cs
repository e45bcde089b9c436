namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The rights to request, be consulted and appeal pass to the young person at the end of compulsory school
/// age: the last Friday in June of the school year in which they turn 16 (CoP 8.13; school years start on 1 September).
/// </summary>
public static class YoungPersonRights
{
    public static DateOnly StartOn(DateOnly dateOfBirth)
    {
        var day = new DateOnly(SchoolYear.StartOf(dateOfBirth.AddYears(16)).Year + 1, 6, 30);
        while (day.DayOfWeek != DayOfWeek.Friday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    public static bool HaveStarted(DateOnly dateOfBirth, DateOnly today) => today >= StartOn(dateOfBirth);
}
