namespace Devon.Send.Portal.Web.Domain;

/// <summary>Where a date of birth falls against the 0–25 age range of EHC plans.</summary>
public enum AgeCheck
{
    Within,
    NotYetBorn,
    TooOld,
}

/// <summary>
/// EHC plans are for children and young people from birth up to the age of 25: someone born today is in range,
/// and someone is out of range from their 25th birthday (for a 29 February birthday, 1 March in other years).
/// </summary>
public static class AgeRange
{
    public const int UpToAge = 25;

    public static AgeCheck Check(DateOnly dateOfBirth, DateOnly today) =>
        dateOfBirth > today ? AgeCheck.NotYetBorn
        : dateOfBirth <= today.AddYears(-UpToAge) ? AgeCheck.TooOld
        : AgeCheck.Within;

    public static bool Covers(DateOnly dateOfBirth, DateOnly today) => Check(dateOfBirth, today) == AgeCheck.Within;
}
