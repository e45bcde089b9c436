using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class AgeRangeTests
{
    private static readonly DateOnly Born = new(2001, 5, 17);

    [Theory]
    [InlineData("2026-05-16", AgeCheck.Within)]
    [InlineData("2026-05-17", AgeCheck.TooOld)]
    [InlineData("2026-05-18", AgeCheck.TooOld)]
    public void A_young_person_is_out_of_range_from_their_25th_birthday(string today, AgeCheck expected)
    {
        Assert.Equal(expected, AgeRange.Check(Born, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(-1, AgeCheck.Within)]
    [InlineData(0, AgeCheck.Within)]
    [InlineData(1, AgeCheck.NotYetBorn)]
    public void A_child_born_today_is_in_range_and_a_birth_tomorrow_is_not(int daysFromToday, AgeCheck expected)
    {
        var today = new DateOnly(2026, 5, 17);

        Assert.Equal(expected, AgeRange.Check(today.AddDays(daysFromToday), today));
        Assert.Equal(expected == AgeCheck.Within, AgeRange.Covers(today.AddDays(daysFromToday), today));
    }

    [Theory]
    [InlineData("2029-02-27", AgeCheck.Within)]
    [InlineData("2029-02-28", AgeCheck.Within)]
    [InlineData("2029-03-01", AgeCheck.TooOld)]
    public void Someone_born_on_29_February_turns_25_on_1_March_in_a_common_year(string today, AgeCheck expected)
    {
        Assert.Equal(expected, AgeRange.Check(new DateOnly(2004, 2, 29), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
