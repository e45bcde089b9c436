using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class CaseProgressTests : BunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Marks_earlier_steps_done_and_the_current_step_for_screen_readers_too()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-126), DecisionToAssessOn = Today.AddDays(-90), DraftPlanIssuedOn = Today.AddDays(-6) };

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2020, 1, 1), Today)));

        var steps = cut.FindAll("li.app-case-progress__step");
        Assert.Equal(4, steps.Count);
        Assert.Contains("app-case-progress__step--done", steps[1].ClassName);
        Assert.Contains("app-case-progress__step--current", steps[2].ClassName);
        Assert.Equal("Current step: Draft plan", steps[2].TextContent.Trim());
        Assert.StartsWith("Not started:", steps[3].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_the_next_deadline_in_UK_date_format_with_days_left()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-126), DecisionToAssessOn = Today.AddDays(-90), DraftPlanIssuedOn = Today.AddDays(-6) };

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2020, 1, 1), Today)));

        var row = cut.Find(".app-case-progress__deadline .govuk-summary-list__row");
        Assert.Equal("Family's response to the draft plan", row.QuerySelector("dt")!.TextContent);
        Assert.Contains("by 30 November 2026", row.QuerySelector("dd")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Due in 8 days", cut.Find(".govuk-tag").TextContent);
    }

    [Fact]
    public void Says_how_much_advice_is_late()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-80), DecisionToAssessOn = Today.AddDays(-45) };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Education, RequestedOn = Today.AddDays(-45) });

        var cut = Render<CaseProgress>(p => p.Add(x => x.Status, CaseStatus.Of(c, new DateOnly(2020, 1, 1), Today)));

        Assert.Contains("1 piece of advice is overdue", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Overdue by 3 days", cut.Find(".govuk-tag").TextContent);
        Assert.Contains("govuk-tag--red", cut.Find(".govuk-tag").ClassName);
    }
}
