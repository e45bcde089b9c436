using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class TimelinessChartTests : BunitContext
{
    private static readonly MonthFigures[] Months =
    [
        new(new CalendarMonth(2024, 1), 80, 30, 38, 38, 180, 12, 100),
        new(new CalendarMonth(2024, 2), 75, 28, 37, 37, 201, 19, 110),
        new(new CalendarMonth(2024, 3), 90, 41, 46, 40, 176, 22, 90),
    ];

    [Fact]
    public void Is_an_image_named_and_described_for_screen_readers_pointing_to_the_table()
    {
        var cut = Render<TimelinessChart>(p => p.Add(x => x.Months, Months));

        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("timeliness-chart-title timeliness-chart-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Percentage of EHC plans issued within 20 weeks, January 2024 to March 2024", cut.Find("title").TextContent);
        Assert.Contains("March 2024: 46% that month, 40% so far that year", cut.Find("desc").TextContent, StringComparison.Ordinal);
        Assert.Contains("table", cut.Find("desc").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Draws_a_bar_per_month_as_tall_as_its_percentage_and_a_point_per_month_on_the_line()
    {
        var cut = Render<TimelinessChart>(p => p.Add(x => x.Months, Months));

        var bars = cut.FindAll("rect.app-chart__bar");
        Assert.Equal(3, bars.Count);
        // The plot is 264 units tall: 46% is 121.4 of them.
        Assert.Equal("121.4", bars[2].GetAttribute("height"));
        Assert.Equal(3, cut.FindAll("circle.app-chart__point").Count);
        Assert.Equal(["0%", "25%", "50%", "75%", "100%", "Jan 24", "Feb 24", "Mar 24"], cut.FindAll("text").Select(t => t.TextContent));
    }

    [Fact]
    public void With_no_months_it_says_so_and_draws_no_line()
    {
        var cut = Render<TimelinessChart>(p => p.Add(x => x.Months, Array.Empty<MonthFigures>()));

        Assert.Equal("No months to show.", cut.Find("desc").TextContent);
        Assert.Empty(cut.FindAll("polyline"));
    }
}
