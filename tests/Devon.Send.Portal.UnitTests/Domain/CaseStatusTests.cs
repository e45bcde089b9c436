using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class CaseStatusTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateOnly Born = new(2017, 4, 1);

    [Fact]
    public void A_new_request_waits_for_the_decision_whether_to_assess()
    {
        var status = CaseStatus.Of(new AssessmentCase { RequestReceivedOn = Today.AddDays(-10) }, Born, Today);

        Assert.Equal(CaseStage.RequestReceived, status.Stage);
        Assert.Equal("Decision whether to assess", status.NextDeadline!.What);
        Assert.Equal(Today.AddDays(32), status.NextDeadline.Due);
        Assert.Equal(2, status.WeekOfAssessment);
    }

    [Fact]
    public void During_assessment_the_next_deadline_is_the_earliest_outstanding_advice_and_late_advice_is_counted()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-80), DecisionToAssessOn = Today.AddDays(-45) };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Education, RequestedOn = Today.AddDays(-45) });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = Today.AddDays(-45), SubmittedOn = Today.AddDays(-5) });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.SocialCare, RequestedOn = Today.AddDays(-20) });

        var status = CaseStatus.Of(c, Born, Today);

        Assert.Equal(CaseStage.Assessment, status.Stage);
        Assert.Equal(12, status.WeekOfAssessment);
        Assert.Equal(1, status.OverdueAdviceCount);
        Assert.Equal(DeadlineState.Overdue, status.NextDeadline!.State);
        Assert.Equal(3, status.NextDeadline.DaysOverdue);
    }

    [Fact]
    public void With_a_draft_out_the_family_response_comes_first_then_the_final_plan()
    {
        var c = new AssessmentCase { RequestReceivedOn = Today.AddDays(-126), DecisionToAssessOn = Today.AddDays(-90), DraftPlanIssuedOn = Today.AddDays(-6) };

        var during = CaseStatus.Of(c, Born, Today);
        var after = CaseStatus.Of(c, Born, Today.AddDays(10));

        Assert.Equal("Family's response to the draft plan", during.NextDeadline!.What);
        Assert.Equal(8, during.NextDeadline.DaysLeft);
        Assert.Equal("Final plan issued", after.NextDeadline!.What);
        Assert.Equal(c.RequestReceivedOn.AddDays(140), after.NextDeadline.Due);
    }

    [Fact]
    public void A_final_plan_is_next_reviewed_by_the_end_of_the_12_months_starting_with_the_last_review()
    {
        var c = new AssessmentCase { RequestReceivedOn = new(2023, 1, 1), FinalPlanIssuedOn = new(2023, 5, 1), LastAnnualReviewOn = new(2026, 6, 30) };

        var status = CaseStatus.Of(c, Born, Today);

        Assert.Equal(CaseStage.FinalPlan, status.Stage);
        Assert.Equal(new DateOnly(2027, 6, 29), status.NextDeadline!.Due);
    }

    [Fact]
    public void A_refused_request_has_no_deadline()
    {
        var status = CaseStatus.Of(new AssessmentCase { RequestReceivedOn = Today.AddDays(-50), RefusedOn = Today.AddDays(-9) }, Born, Today);

        Assert.Equal(CaseStage.NotAssessed, status.Stage);
        Assert.Null(status.NextDeadline);
    }
}
