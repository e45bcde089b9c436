using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class CalendarMonthTests
{
    [Theory]
    [InlineData("2024-01", 2024, 1)]
    [InlineData("1999-12", 1999, 12)]
    public void Reads_a_year_and_month(string text, int year, int month)
    {
        Assert.True(CalendarMonth.TryParse(text, out var parsed));
        Assert.Equal(new CalendarMonth(year, month), parsed);
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-1")]
    [InlineData("2024/01")]
    [InlineData("2024-01-01")]
    [InlineData("+024-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_anything_else(string? text)
    {
        Assert.False(CalendarMonth.TryParse(text, out _));
    }

    [Fact]
    public void Knows_the_last_day_of_February_in_leap_and_other_years()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), new CalendarMonth(2024, 2).LastDay);
        Assert.Equal(new DateOnly(2023, 2, 28), new CalendarMonth(2023, 2).LastDay);
        Assert.Equal(new DateOnly(2100, 2, 28), new CalendarMonth(2100, 2).LastDay);
    }

    [Fact]
    public void Counts_and_adds_months_across_years()
    {
        Assert.Equal(14, new CalendarMonth(2023, 11).MonthsUntil(new CalendarMonth(2025, 1)));
        Assert.Equal(new CalendarMonth(2025, 1), new CalendarMonth(2023, 11).AddMonths(14));
        Assert.Equal("January 2025", new CalendarMonth(2025, 1).DisplayName);
    }
}
