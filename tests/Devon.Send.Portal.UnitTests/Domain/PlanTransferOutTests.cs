using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>A plan leaving for another council: the Reg 15(2) deadline on the case, and the case closing once the plan is sent.</summary>
public sealed class PlanTransferOutTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AssessmentCase WithFinalPlan() => new()
    {
        RequestReceivedOn = D("2025-06-02"), DecisionToAssessOn = D("2025-07-07"), DraftPlanIssuedOn = D("2025-09-22"), FinalPlanIssuedOn = D("2025-10-20"),
    };

    [Fact]
    public void A_move_can_be_recorded_only_while_the_council_maintains_a_plan()
    {
        Assert.False(new AssessmentCase { RequestReceivedOn = D("2026-10-01") }.MayRecordMoveOut);
        var c = WithFinalPlan();
        Assert.True(c.MayRecordMoveOut);

        c.RecordMoveOut(D("2026-11-30"), D("2026-11-20"), " Somerset Council ");

        Assert.False(c.MayRecordMoveOut);
        Assert.Equal("Somerset Council", c.TransferToCouncil);
        Assert.Throws<InvalidOperationException>(() => c.RecordMoveOut(D("2026-12-30"), D("2026-11-20"), "Cornwall Council"));
    }

    [Theory]
    [InlineData("2026-12-10", DeadlineState.DueSoon)]
    [InlineData("2026-12-11", DeadlineState.Overdue)]
    public void The_case_shows_the_day_the_plan_must_go_to_the_new_council(string today, DeadlineState state)
    {
        var c = WithFinalPlan();
        c.RecordMoveOut(D("2026-11-30"), D("2026-11-20"), "Somerset Council");

        var transfer = Assert.Single(CaseTimeline.Of(c, D("2015-04-01"), D(today)).Deadlines, d => d.Kind == DeadlineKind.PlanTransfer);

        Assert.Equal(D("2026-12-10"), transfer.Due);
        Assert.Equal(state, transfer.State);
        Assert.Equal(Party.Council, transfer.Who);
        Assert.Equal("SEND Regulations 2014, regulation 15(2)", transfer.LegalBasis);
    }

    [Fact]
    public void Once_sent_the_case_closes_and_no_review_is_owed_here()
    {
        var c = WithFinalPlan();
        c.RecordMoveOut(D("2026-11-30"), D("2026-11-20"), "Somerset Council");

        c.RecordTransferredOut(D("2026-12-11"));
        var timeline = CaseTimeline.Of(c, D("2015-04-01"), D("2027-01-04"));

        Assert.Equal(CaseStage.Closed, timeline.Stage);
        Assert.Equal("The plan was transferred to Somerset Council on 11 December 2026, which maintains it now", timeline.WhereNow);
        Assert.Equal(DeadlineState.MetLate, timeline.Deadlines.Single(d => d.Kind == DeadlineKind.PlanTransfer).State);
        Assert.DoesNotContain(timeline.Deadlines, d => d.Kind == DeadlineKind.AnnualReview);
        Assert.Empty(timeline.Overdue);
        Assert.Throws<InvalidOperationException>(() => c.RecordTransferredOut(D("2026-12-12")));
    }
}
