using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class AssessmentCasePlanIssuedTests
{
    private static readonly DateOnly First = new(2026, 3, 2);
    private static readonly DateOnly Later = new(2026, 4, 6);

    [Fact]
    public void Each_draft_dates_the_draft_plan_so_the_latest_draft_counts()
    {
        var c = new AssessmentCase { RequestReceivedOn = new(2026, 1, 5) };

        c.RecordPlanIssued(PlanVersionKind.Draft, First);
        c.RecordPlanIssued(PlanVersionKind.Draft, Later);

        Assert.Equal(Later, c.DraftPlanIssuedOn);
        Assert.Null(c.FinalPlanIssuedOn);
    }

    [Fact]
    public void The_first_final_plan_dates_the_case_and_is_never_moved()
    {
        var c = new AssessmentCase { RequestReceivedOn = new(2026, 1, 5), DraftPlanIssuedOn = new(2026, 2, 1) };

        c.RecordPlanIssued(PlanVersionKind.Final, First);
        c.RecordPlanIssued(PlanVersionKind.Final, Later);

        Assert.Equal(First, c.FinalPlanIssuedOn);
        Assert.Equal(new DateOnly(2026, 2, 1), c.DraftPlanIssuedOn);
    }

    [Theory]
    [InlineData(PlanVersionKind.AmendmentDraft)]
    [InlineData(PlanVersionKind.AmendedFinal)]
    public void Amendments_leave_the_cases_dates_alone(PlanVersionKind kind)
    {
        var c = new AssessmentCase { RequestReceivedOn = new(2026, 1, 5), DraftPlanIssuedOn = new(2026, 2, 1), FinalPlanIssuedOn = First };

        c.RecordPlanIssued(kind, Later);

        Assert.Equal(new DateOnly(2026, 2, 1), c.DraftPlanIssuedOn);
        Assert.Equal(First, c.FinalPlanIssuedOn);
    }
}
