using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>What the council must do after a Tribunal order (Reg 44(2)) or an appeal it did not oppose (Reg 45), and by when.</summary>
public sealed class TribunalDeadlinesTests
{
    // A Monday; 5 weeks end on 1 March 2027, 11 weeks on 12 April 2027.
    private static readonly DateOnly Order = D("2027-01-25");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A decision not to issue a plan, appealed, and the Tribunal's order on <paramref name="orderOn"/>.</summary>
    private static (AssessmentCase Case, TribunalAppeal Appeal) NoPlanAppealed(DateOnly orderOn, AppealOutcome outcome = AppealOutcome.Ordered, TribunalOrders orders = TribunalOrders.MakePlan)
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-06-01"), DecisionToAssessOn = D("2026-07-06") };
        c.RecordNoPlan(D("2026-09-14"), "Reasons");
        var appeal = new TribunalAppeal
        {
            AssessmentCaseId = c.Id,
            Decision = AppealedDecision.RefusalToMakePlan,
            DecisionOn = D("2026-09-14"),
            LodgedOn = D("2026-10-30"),
            Outcome = outcome,
            OutcomeOn = orderOn,
            Orders = outcome == AppealOutcome.Ordered ? orders : TribunalOrders.None,
        };
        c.Appeals.Add(appeal);
        return (c, appeal);
    }

    private static Deadline Single(AssessmentCase c, DateOnly today, DeadlineKind kind) => Assert.Single(AssessmentDeadlines.For(c, today), d => d.Kind == kind);

    [Theory]
    [InlineData("2027-02-28", DeadlineState.DueSoon)]
    [InlineData("2027-03-01", DeadlineState.DueSoon)]
    [InlineData("2027-03-02", DeadlineState.Overdue)]
    public void An_order_to_make_a_plan_wants_the_draft_within_5_weeks_of_the_order(string today, DeadlineState state)
    {
        var (c, _) = NoPlanAppealed(Order);

        var draft = Single(c, D(today), DeadlineKind.TribunalDraftPlan);

        Assert.Equal(D("2027-03-01"), draft.Due);
        Assert.Equal(state, draft.State);
        Assert.Equal(Party.Council, draft.Who);
        Assert.Equal("SEND Regulations 2014, regulation 44(2)(c)(i)", draft.LegalBasis);
    }

    [Theory]
    [InlineData("2027-04-11", DeadlineState.Met)]
    [InlineData("2027-04-12", DeadlineState.Met)]
    [InlineData("2027-04-13", DeadlineState.MetLate)]
    public void An_order_to_make_a_plan_wants_the_final_plan_within_11_weeks_and_the_portals_final_plan_meets_it(string issued, DeadlineState state)
    {
        var (c, _) = NoPlanAppealed(Order);
        c.FinalPlanIssuedOn = D(issued);

        var final = Single(c, D("2027-05-01"), DeadlineKind.TribunalFinalPlan);

        Assert.Equal(D("2027-04-12"), final.Due);
        Assert.Equal(state, final.State);
        Assert.Equal(D(issued), final.MetOn);
    }

    [Fact]
    public void A_plan_issued_before_the_order_does_not_meet_it_but_the_caseworkers_record_does()
    {
        var (c, appeal) = NoPlanAppealed(Order);
        c.DraftPlanIssuedOn = D("2027-01-24");
        Assert.Equal(DeadlineState.Overdue, Single(c, D("2027-03-02"), DeadlineKind.TribunalDraftPlan).State);

        appeal.RecordStep(ComplianceStep.DraftPlan, D("2027-02-26"));

        var draft = Single(c, D("2027-03-02"), DeadlineKind.TribunalDraftPlan);
        Assert.Equal(DeadlineState.Met, draft.State);
        Assert.Equal("The draft plan after the appeal was issued on 26 February 2027, 3 days before the deadline.", draft.Sentence);
    }

    [Fact]
    public void A_closed_case_keeps_what_the_order_requires_and_counts_it_overdue()
    {
        var (c, _) = NoPlanAppealed(Order);

        var timeline = CaseTimeline.Of(c, D("2015-01-01"), D("2027-03-04"));

        Assert.Equal(CaseStage.Closed, timeline.Stage);
        var late = Assert.Single(timeline.Overdue);
        Assert.Equal(DeadlineKind.TribunalDraftPlan, late.Kind);
        Assert.Equal("The draft plan after the appeal is 3 days late.", late.OverdueSentence);
    }

    [Fact]
    public void A_lodged_appeal_uses_the_familys_right_rather_than_letting_it_lapse()
    {
        var (c, _) = NoPlanAppealed(Order);

        var right = Single(c, D("2027-03-01"), DeadlineKind.AppealAgainstNoPlan);

        Assert.Equal(DeadlineState.Met, right.State);
        Assert.Equal("An appeal to the SEND Tribunal was made on 30 October 2026.", right.Sentence);
    }

    [Fact]
    public void An_appeal_still_before_the_Tribunal_or_withdrawn_binds_the_council_to_nothing()
    {
        var (c, appeal) = NoPlanAppealed(Order, AppealOutcome.Withdrawn);
        Assert.Empty(TribunalDeadlines.For(c, D("2027-06-01")));

        appeal.Outcome = null;
        appeal.OutcomeOn = null;
        Assert.Empty(TribunalDeadlines.For(c, D("2027-06-01")));
    }

    [Fact]
    public void An_order_made_on_31_January_in_a_leap_year_counts_through_29_February()
    {
        var (c, _) = NoPlanAppealed(D("2028-01-31"));

        Assert.Equal(D("2028-03-06"), Single(c, D("2028-02-01"), DeadlineKind.TribunalDraftPlan).Due);
    }

    [Fact]
    public void An_order_to_assess_on_29_February_wants_the_family_told_in_2_weeks_and_the_final_plan_in_14()
    {
        var (c, _) = NoPlanAppealed(D("2028-02-29"), orders: TribunalOrders.Assess);

        var deadlines = TribunalDeadlines.For(c, D("2028-03-01"));

        Assert.Equal(D("2028-03-14"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalAssessmentNotice).Due);
        Assert.Equal(D("2028-05-09"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalNoPlanNotice).Due);
        Assert.Equal(D("2028-06-06"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalFinalPlan).Due);
        Assert.All(deadlines, d => Assert.StartsWith("SEND Regulations 2014, regulation 44(2)(b)", d.LegalBasis, StringComparison.Ordinal));
    }

    [Fact]
    public void After_an_order_to_assess_a_decision_not_to_issue_a_plan_ends_the_final_plans_limit()
    {
        var (c, appeal) = NoPlanAppealed(Order, orders: TribunalOrders.Assess);
        appeal.RecordStep(ComplianceStep.NoPlanNotice, D("2027-04-05"));

        var deadlines = TribunalDeadlines.For(c, D("2027-06-01"));

        Assert.Equal(DeadlineState.Met, Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalNoPlanNotice).State);
        Assert.DoesNotContain(deadlines, d => d.Kind == DeadlineKind.TribunalFinalPlan);
    }

    [Theory]
    [InlineData("2027-04-05", true)]
    [InlineData("2027-04-06", false)]
    public void After_an_order_to_assess_the_10_weeks_for_a_decision_not_to_issue_a_plan_pass_without_being_overdue(string today, bool shown)
    {
        var (c, _) = NoPlanAppealed(Order, orders: TribunalOrders.Assess);

        var deadlines = TribunalDeadlines.For(c, D(today));

        Assert.Equal(shown, deadlines.Any(d => d.Kind == DeadlineKind.TribunalNoPlanNotice));
        Assert.Equal(D("2027-05-03"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.TribunalFinalPlan).Due);
    }

    [Theory]
    [InlineData(TribunalOrders.Reconsider, ComplianceStep.Reconsidered, "2027-02-08", "44(2)(d)")]
    [InlineData(TribunalOrders.AmendProvision, ComplianceStep.AmendedPlan, "2027-03-01", "44(2)(e)")]
    [InlineData(TribunalOrders.AmendPlacement, ComplianceStep.AmendedPlan, "2027-02-08", "44(2)(f)")]
    [InlineData(TribunalOrders.AmendProvision | TribunalOrders.AmendPlacement, ComplianceStep.AmendedPlan, "2027-03-01", "44(2)(e)")]
    [InlineData(TribunalOrders.ContinueToMaintain, ComplianceStep.ContinueToMaintain, "2027-01-25", "44(2)(g)")]
    public void Each_order_sets_its_own_limit_from_the_day_it_was_made(TribunalOrders orders, ComplianceStep step, string due, string paragraph)
    {
        var (_, appeal) = NoPlanAppealed(Order, orders: orders);

        var required = Assert.Single(TribunalDeadlines.Required(appeal));

        Assert.Equal(step, required.Step);
        Assert.Equal(D(due), required.Due);
        Assert.Equal($"SEND Regulations 2014, regulation {paragraph}", required.LegalBasis);
    }

    [Fact]
    public void An_order_to_continue_and_amend_the_plan_wants_it_continued_at_once_and_amended_within_5_weeks()
    {
        var (_, appeal) = NoPlanAppealed(Order, orders: TribunalOrders.ContinueToMaintain | TribunalOrders.AmendProvision);

        var required = TribunalDeadlines.Required(appeal);

        Assert.Equal([(ComplianceStep.ContinueToMaintain, Order), (ComplianceStep.AmendedPlan, D("2027-03-01"))], required.Select(r => (r.Step, r.Due)));
        Assert.All(required, r => Assert.EndsWith("44(2)(h)", r.LegalBasis, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dismissed_appeal_against_ceasing_a_plan_wants_it_ceased_at_once()
    {
        var appeal = new TribunalAppeal { Decision = AppealedDecision.Ceasing, Outcome = AppealOutcome.Dismissed, OutcomeOn = Order };

        var required = Assert.Single(TribunalDeadlines.Required(appeal));

        Assert.Equal((ComplianceStep.CeaseToMaintain, Order, "SEND Regulations 2014, regulation 44(2)(a)"), (required.Step, required.Due, required.LegalBasis));
    }

    [Theory]
    [InlineData(AppealedDecision.RefusalToAssess, false, "FamilyToldOfAssessment:2027-02-08,NoPlanNotice:2027-04-05,FinalPlan:2027-05-03")]
    [InlineData(AppealedDecision.RefusalToMakePlan, false, "DraftPlan:2027-03-01,FinalPlan:2027-04-12")]
    [InlineData(AppealedDecision.PlanContents, false, "AmendedPlan:2027-03-01")]
    [InlineData(AppealedDecision.PlanContents, true, "AmendedPlan:2027-02-08")]
    [InlineData(AppealedDecision.RefusalToAmend, false, "AmendedPlan:2027-03-01")]
    [InlineData(AppealedDecision.Ceasing, false, "ContinueToMaintain:2027-01-25")]
    public void An_appeal_the_council_did_not_oppose_counts_from_the_day_it_told_the_Tribunal(AppealedDecision decision, bool placementOnly, string expected)
    {
        var appeal = new TribunalAppeal { Decision = decision, PlacementOnly = placementOnly, Outcome = AppealOutcome.Unopposed, OutcomeOn = Order };

        var required = TribunalDeadlines.Required(appeal);

        Assert.Equal(expected, string.Join(",", required.Select(r => $"{r.Step}:{r.Due:yyyy-MM-dd}")));
        Assert.All(required, r => Assert.StartsWith("SEND Regulations 2014, regulation 45", r.LegalBasis, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dismissed_appeal_against_anything_but_ceasing_binds_the_council_to_nothing()
    {
        var appeal = new TribunalAppeal { Decision = AppealedDecision.PlanContents, Outcome = AppealOutcome.Dismissed, OutcomeOn = Order };

        Assert.False(appeal.BindsCouncil);
        Assert.Empty(TribunalDeadlines.Required(appeal));
    }

    private static TimescaleException Exception(ExceptionLimits limits, string from, string? to, TimescaleExceptionBasis basis = TimescaleExceptionBasis.ExceptionalPersonalCircumstances) => new()
    {
        LegalBasis = basis,
        Limits = limits,
        FromOn = D(from),
        ToOn = to is null ? null : D(to),
        Details = "Why",
    };

    [Theory]
    [InlineData("2027-01-10", "2027-01-24", false)] // ended the day before the order
    [InlineData("2027-01-10", "2027-01-25", true)]  // ended on the day of the order
    [InlineData("2027-02-28", null, true)]          // began the day before the last day
    [InlineData("2027-03-01", null, true)]          // began on the last day, 1 March 2027
    [InlineData("2027-03-02", null, false)]         // began the day after it
    public void An_exception_of_regulation_44_3_lifts_a_step_whose_time_ran_during_its_period(string from, string? to, bool lifted)
    {
        var (c, _) = NoPlanAppealed(Order);
        c.TimescaleExceptions.Add(Exception(ExceptionLimits.TribunalOrder, from, to));

        var draft = Single(c, D("2027-03-10"), DeadlineKind.TribunalDraftPlan);

        Assert.Equal(D("2027-03-01"), draft.Due);
        Assert.Equal(lifted ? DeadlineState.ExceptionApplies : DeadlineState.Overdue, draft.State);
        if (lifted)
        {
            Assert.StartsWith("The time limit for the draft plan after the appeal does not apply: exceptional personal circumstances, from ", draft.Sentence, StringComparison.Ordinal);
            Assert.EndsWith("(SEND Regulations 2014, regulation 44(3)).", draft.Sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_exception_to_the_assessments_limits_does_not_lift_the_Tribunals_nor_one_to_the_Tribunals_the_assessments()
    {
        var (c, _) = NoPlanAppealed(Order);
        c.TimescaleExceptions.Add(Exception(ExceptionLimits.FinalPlan | ExceptionLimits.DecisionNotToIssue, "2027-01-01", null));

        Assert.Equal(DeadlineState.Overdue, Single(c, D("2027-03-10"), DeadlineKind.TribunalDraftPlan).State);
        Assert.False(new TimescaleException { Limits = ExceptionLimits.TribunalOrder, FromOn = D("2027-01-01") }.Lifts(ExceptionLimits.FinalPlan, D("2026-06-01"), D("2026-10-19")));
    }

    [Fact]
    public void A_step_met_in_time_stays_met_whatever_the_exception()
    {
        var (c, _) = NoPlanAppealed(Order);
        c.DraftPlanIssuedOn = D("2027-03-01");
        c.TimescaleExceptions.Add(Exception(ExceptionLimits.TribunalOrder, "2027-02-01", null));

        Assert.Equal(DeadlineState.Met, Single(c, D("2027-03-10"), DeadlineKind.TribunalDraftPlan).State);
    }

    [Fact]
    public void After_an_appeal_the_council_did_not_oppose_only_the_exception_of_regulation_45_lifts_its_steps()
    {
        var (c, _) = NoPlanAppealed(Order, AppealOutcome.Unopposed);
        c.TimescaleExceptions.Add(Exception(ExceptionLimits.TribunalOrder, "2027-02-01", null));
        Assert.Equal(DeadlineState.Overdue, Single(c, D("2027-03-10"), DeadlineKind.TribunalDraftPlan).State);

        c.TimescaleExceptions.Add(Exception(ExceptionLimits.UnopposedAppeal, "2027-02-01", null));
        var draft = Single(c, D("2027-03-10"), DeadlineKind.TribunalDraftPlan);

        Assert.Equal(DeadlineState.ExceptionApplies, draft.State);
        Assert.EndsWith("(SEND Regulations 2014, regulation 45).", draft.Sentence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TimescaleExceptionBasis.ExceptionalPersonalCircumstances, true)]
    [InlineData(TimescaleExceptionBasis.FamilyAwayFromArea, true)]
    [InlineData(TimescaleExceptionBasis.SchoolOrSettingClosure, false)]
    [InlineData(TimescaleExceptionBasis.MissedAppointment, false)]
    public void The_Tribunals_limits_are_lifted_only_on_the_grounds_regulation_44_3_lists(TimescaleExceptionBasis basis, bool allowed)
    {
        Assert.Equal(allowed, ExceptionLimits.TribunalOrder.Allows(basis));
        Assert.Equal(allowed, ExceptionLimits.UnopposedAppeal.Allows(basis));
        Assert.True(ExceptionLimits.FinalPlan.Allows(basis));
    }

    [Fact]
    public void The_familys_absence_is_2_weeks_after_a_Tribunal_appeal_and_4_weeks_for_an_assessment()
    {
        var tribunal = Exception(ExceptionLimits.TribunalOrder, "2027-02-01", "2027-02-14", TimescaleExceptionBasis.FamilyAwayFromArea);
        var assessment = Exception(ExceptionLimits.FinalPlan, "2027-02-01", "2027-02-28", TimescaleExceptionBasis.FamilyAwayFromArea);

        Assert.Equal((14, 28), (TimescaleExceptionBases.MinimumAbsenceDays(ExceptionLimits.TribunalOrder), TimescaleExceptionBases.MinimumAbsenceDays(ExceptionLimits.FinalPlan)));
        Assert.Equal("the family was away from the area for 2 weeks or more", tribunal.Reason);
        Assert.Equal("the family was away from the area for 4 weeks or more", assessment.Reason);
        Assert.Equal("SEND Regulations 2014, regulation 44(3)", tribunal.LegalBasisText);
        Assert.Equal("the council's steps after the Tribunal's order", tribunal.Limits.DescribeAll());
    }
}
