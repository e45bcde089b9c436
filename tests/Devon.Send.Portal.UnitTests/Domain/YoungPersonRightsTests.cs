using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class YoungPersonRightsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2010-03-15", "2026-06-26")] // turns 16 in March 2026: school year ends June 2026; 26 June 2026 is a Friday
    [InlineData("2010-08-31", "2026-06-26")] // the youngest in the year still leaves in June 2026
    [InlineData("2010-09-01", "2027-06-25")] // the oldest in the next year leaves in June 2027
    [InlineData("2011-12-25", "2028-06-30")] // 30 June 2028 is itself a Friday
    public void Rights_pass_on_the_last_Friday_in_June_of_the_school_year_in_which_the_child_turns_16(string born, string expected)
    {
        Assert.Equal(D(expected), YoungPersonRights.StartOn(D(born)));
    }

    [Fact]
    public void Rights_have_not_started_the_day_before_and_have_on_the_day()
    {
        var born = D("2010-03-15");
        Assert.False(YoungPersonRights.HaveStarted(born, D("2026-06-25")));
        Assert.True(YoungPersonRights.HaveStarted(born, D("2026-06-26")));
    }
}
