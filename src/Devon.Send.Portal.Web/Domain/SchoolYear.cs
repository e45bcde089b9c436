namespace Devon.Send.Portal.Web.Domain;

/// <summary>School years in England run from 1 September to 31 August.</summary>
public static class SchoolYear
{
    /// <summary>The 1 September that began the school year <paramref name="day"/> falls in.</summary>
    public static DateOnly StartOf(DateOnly day) => new(day.Month >= 9 ? day.Year : day.Year - 1, 9, 1);

    /// <summary>
    /// Whether a child is in <paramref name="yearGroup"/> or above in the school year <paramref name="day"/> falls in:
    /// Year 1 holds the children who were 5 on the 31 August before it began, so Year 9 those who were 13.
    /// </summary>
    public static bool IsInYearOrAbove(int yearGroup, DateOnly dateOfBirth, DateOnly day) =>
        StatutoryClock.Birthday(dateOfBirth, yearGroup + 4) < StartOf(day);
}
