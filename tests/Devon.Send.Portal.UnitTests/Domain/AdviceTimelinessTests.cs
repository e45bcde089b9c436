using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class AdviceTimelinessTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Advice_returned_on_the_42nd_day_is_in_time_and_on_the_43rd_is_late_per_kind_of_contributor()
    {
        var asked = new DateOnly(2026, 1, 29);
        AdviceDates[] advice =
        [
            new(AdviceType.Health, asked, asked.AddDays(42)),
            new(AdviceType.Health, asked, asked.AddDays(43)),
            new(AdviceType.Health, asked, asked.AddDays(10)),
            new(AdviceType.Education, asked, null),
            new(AdviceType.Education, Today.AddDays(-5), null),
        ];

        var rows = AdviceTimeliness.Compute(advice, new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30), Today);

        var health = rows.Single(r => r.Type == AdviceType.Health);
        Assert.Equal((3, 2, 67, 0), (health.Returned, health.ReturnedInTime, health.PercentInTime, health.OverdueNow));
        var education = rows.Single(r => r.Type == AdviceType.Education);
        Assert.Equal((0, 0, 1), (education.Returned, education.PercentInTime, education.OverdueNow));
        Assert.Equal(Enum.GetValues<AdviceType>().Length, rows.Count);
    }

    [Fact]
    public void Only_advice_returned_within_the_period_counts()
    {
        var asked = new DateOnly(2025, 12, 1);

        var rows = AdviceTimeliness.Compute([new(AdviceType.SocialCare, asked, new DateOnly(2025, 12, 31))], new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Today);

        Assert.Equal(0, rows.Single(r => r.Type == AdviceType.SocialCare).Returned);
    }
}
