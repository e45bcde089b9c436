using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// A refusal to assess or a decision not to issue a plan set aside by the Tribunal (Reg 44(2)(b), (c)) or not opposed by
/// the council (Reg 45(3), (6)) reopens the same case: the original limits stay as they were met, and the Tribunal's
/// limits replace the 16 and 20 weeks.
/// </summary>
public sealed class ReopenedCaseTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    // Request on Monday 1 June 2026: 6 weeks end on 13 July, 16 weeks on 21 September, 20 weeks on 19 October.
    private static AssessmentCase Refused() => new() { RequestReceivedOn = D("2026-06-01"), RefusedOn = D("2026-07-10") };

    private static AssessmentCase NoPlan()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-06-01"), DecisionToAssessOn = D("2026-07-06") };
        c.RecordNoPlan(D("2026-09-14"), "Reasons");
        return c;
    }

    private static TribunalAppeal Appeal(AssessmentCase c, AppealedDecision decision, DateOnly decisionOn, AppealOutcome outcome, TribunalOrders orders, DateOnly on)
    {
        var appeal = new TribunalAppeal
        {
            AssessmentCaseId = c.Id, Decision = decision, DecisionOn = decisionOn, LodgedOn = decisionOn.AddDays(20),
            Outcome = outcome, OutcomeOn = on, Orders = orders,
        };
        c.Appeals.Add(appeal);
        return appeal;
    }

    [Theory]
    [InlineData(AppealOutcome.Ordered, TribunalOrders.Assess, true)]
    [InlineData(AppealOutcome.Ordered, TribunalOrders.MakePlan, true)]
    [InlineData(AppealOutcome.Unopposed, TribunalOrders.None, true)]
    [InlineData(AppealOutcome.Ordered, TribunalOrders.Reconsider, false)]
    [InlineData(AppealOutcome.Dismissed, TribunalOrders.None, false)]
    [InlineData(AppealOutcome.Withdrawn, TribunalOrders.None, false)]
    public void Only_an_order_to_assess_or_make_a_plan_or_a_concession_reopens_a_refused_case(AppealOutcome outcome, TribunalOrders orders, bool reopens)
    {
        var c = Refused();
        var appeal = Appeal(c, AppealedDecision.RefusalToAssess, D("2026-07-10"), outcome, orders, D("2026-11-20"));

        Assert.Equal(reopens, c.IsReopenedBy(appeal));
    }

    [Fact]
    public void An_appeal_against_an_earlier_decision_or_a_case_with_a_final_plan_does_not_reopen_it()
    {
        var c = Refused();
        var other = Appeal(c, AppealedDecision.RefusalToAssess, D("2026-03-02"), AppealOutcome.Ordered, TribunalOrders.Assess, D("2026-11-20"));
        Assert.False(c.IsReopenedBy(other));

        var planned = NoPlan();
        planned.FinalPlanIssuedOn = D("2026-10-01");
        Assert.False(planned.IsReopenedBy(Appeal(planned, AppealedDecision.RefusalToMakePlan, D("2026-09-14"), AppealOutcome.Ordered, TribunalOrders.MakePlan, D("2026-11-20"))));
        Assert.Throws<InvalidOperationException>(() => planned.Reopen(planned.Appeals[0]));
    }

    [Fact]
    public void An_order_to_assess_reopens_a_refused_case_keeping_the_6_weeks_as_the_refusal_met_them()
    {
        var c = Refused();
        var appeal = Appeal(c, AppealedDecision.RefusalToAssess, D("2026-07-10"), AppealOutcome.Ordered, TribunalOrders.Assess, D("2026-11-20"));

        c.Reopen(appeal);

        Assert.Equal((D("2026-11-20"), appeal.Id, D("2026-07-10"), (DateOnly?)null, D("2026-11-20")), (c.ReopenedOn!.Value, c.ReopenedByAppealId!.Value, c.RefusedBeforeReopeningOn!.Value, c.RefusedOn, c.DecisionToAssessOn!.Value));
        Assert.Equal(CaseStage.Assessment, CaseTimeline.StageOf(c));
        var deadlines = AssessmentDeadlines.For(c, D("2027-06-01"));
        var decision = Assert.Single(deadlines, d => d.Kind == DeadlineKind.DecisionToAssess);
        Assert.Equal((D("2026-07-13"), D("2026-07-10"), DeadlineState.Met), (decision.Due, decision.MetOn!.Value, decision.State));
        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.FinalPlan or DeadlineKind.DecisionNotToIssuePlan);
        Assert.True(c.MayDecideNoPlan);
    }

    [Theory]
    [InlineData("2027-02-25", DeadlineState.Met)]
    [InlineData("2027-02-26", DeadlineState.Met)]
    [InlineData("2027-02-27", DeadlineState.MetLate)]
    public void A_reopened_case_owes_the_final_plan_by_the_Tribunals_14_weeks_met_by_its_own_final_plan(string issued, DeadlineState state)
    {
        // Order on Friday 20 November 2026: 14 weeks end on Friday 26 February 2027.
        var c = Refused();
        c.Reopen(Appeal(c, AppealedDecision.RefusalToAssess, D("2026-07-10"), AppealOutcome.Ordered, TribunalOrders.Assess, D("2026-11-20")));
        c.RecordPlanIssued(PlanVersionKind.Draft, D("2027-01-15"));
        c.RecordPlanIssued(PlanVersionKind.Final, D(issued));

        var deadlines = AssessmentDeadlines.For(c, D("2027-03-10"));

        var final = Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalFinalPlan);
        Assert.Equal((D("2027-02-26"), state), (final.Due, final.State));
        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.FinalPlan or DeadlineKind.TribunalNoPlanNotice);
        Assert.Contains(deadlines, d => d.Kind == DeadlineKind.AppealAgainstPlan);
        // Only the letter telling the family, which the caseworker records on the step page, is late.
        Assert.Equal([DeadlineKind.TribunalAssessmentNotice], deadlines.Where(d => d.State == DeadlineState.Overdue).Select(d => d.Kind));
    }

    [Theory]
    [InlineData("2027-01-28", DeadlineState.DueSoon)]
    [InlineData("2027-01-29", DeadlineState.DueSoon)]
    [InlineData("2027-01-30", DeadlineState.Overdue)]
    public void A_decision_not_to_issue_a_plan_set_aside_by_a_concession_reopens_the_case_and_the_draft_is_due_in_5_weeks(string today, DeadlineState state)
    {
        // The council told the Tribunal on Friday 25 December 2026 it would not oppose: 5 weeks end on 29 January 2027.
        var c = NoPlan();
        c.Reopen(Appeal(c, AppealedDecision.RefusalToMakePlan, D("2026-09-14"), AppealOutcome.Unopposed, TribunalOrders.None, D("2026-12-25")));

        Assert.Equal(((DateOnly?)null, (string?)null, (DateOnly?)null, (DateOnly?)D("2026-09-14")), (c.ClosedOn, c.ClosureReason, c.NoPlanDecidedOn, c.NoPlanBeforeReopeningOn));
        var deadlines = AssessmentDeadlines.For(c, D(today));
        var draft = Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalDraftPlan);
        Assert.Equal((D("2027-01-29"), state, "SEND Regulations 2014, regulation 45(6)"), (draft.Due, draft.State, draft.LegalBasis));
        var sixteen = Assert.Single(deadlines, d => d.Kind == DeadlineKind.DecisionNotToIssuePlan);
        Assert.Equal((D("2026-09-21"), DeadlineState.Met), (sixteen.Due, sixteen.State));
        Assert.DoesNotContain(deadlines, d => d.Kind is DeadlineKind.FinalPlan);
        Assert.Equal(state == DeadlineState.Overdue ? 1 : 0, deadlines.Count(d => d.State == DeadlineState.Overdue));
    }

    [Fact]
    public void After_an_order_to_assess_a_new_decision_not_to_issue_a_plan_meets_the_10_weeks_and_may_be_appealed()
    {
        // Order on 20 November 2026: 10 weeks end on 29 January 2027.
        var c = NoPlan();
        c.Reopen(Appeal(c, AppealedDecision.RefusalToMakePlan, D("2026-09-14"), AppealOutcome.Ordered, TribunalOrders.Assess, D("2026-11-20")));
        Assert.True(c.MayDecideNoPlan);

        c.RecordNoPlan(D("2027-01-29"), "Reasons after the reassessment");

        var deadlines = AssessmentDeadlines.For(c, D("2027-02-01"));
        Assert.Equal(DeadlineState.Met, Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalNoPlanNotice).State);
        Assert.Equal(D("2027-01-29"), c.AppealableDecisionOn);
        Assert.Contains(deadlines, d => d.Kind == DeadlineKind.AppealAgainstNoPlan && d.IsOpen);
    }
}
