using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class DeadlineTagTests : BunitContext
{
    private static readonly DateOnly Today = new(2027, 3, 20);

    [Theory]
    [InlineData(DeadlineState.ExceptionApplies, "Time limit does not apply")]
    [InlineData(DeadlineState.Lapsed, "Time passed")]
    public void A_lifted_limit_or_a_passed_window_is_grey_and_says_so(DeadlineState state, string text)
    {
        var cut = Render<DeadlineTag>(p => p.Add(x => x.Deadline, new Deadline("Final plan issued", Today.AddDays(-12), state, Today)));

        Assert.Equal(text, cut.Find(".govuk-tag").TextContent);
        Assert.Contains("govuk-tag--grey", cut.Find(".govuk-tag").ClassName);
    }

    [Fact]
    public void A_passed_council_target_is_never_called_overdue()
    {
        var target = new Deadline("Review within 6 months", Today.AddDays(-12), DeadlineState.Overdue, Today) { Kind = DeadlineKind.UnderFiveReviewTarget };

        var cut = Render<DeadlineTag>(p => p.Add(x => x.Deadline, target));

        Assert.Equal("Target passed 12 days ago", cut.Find(".govuk-tag").TextContent);
        Assert.DoesNotContain("govuk-tag--red", cut.Find(".govuk-tag").ClassName, StringComparison.Ordinal);
    }
}
