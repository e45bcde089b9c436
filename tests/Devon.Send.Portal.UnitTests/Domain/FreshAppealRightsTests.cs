using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// The family's rights after the first final plan: a fresh appeal against the contents of an amended plan (s51(2)(c)) and
/// against a decision not to amend after a review (s51(2)(e)), each counted as rule 20 and rule 12 count any appeal, and
/// the latest of them being the decision the mediation and appeal pages are about.
/// </summary>
public sealed class FreshAppealRightsTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AssessmentCase WithPlan(string finalOn = "2025-06-02") => new()
    {
        RequestReceivedOn = D("2025-01-13"), DecisionToAssessOn = D("2025-02-17"), DraftPlanIssuedOn = D("2025-04-28"), FinalPlanIssuedOn = D(finalOn),
    };

    private static Deadline AmendedPlanAppeal(AssessmentCase c, DateOnly today) =>
        Assert.Single(AssessmentDeadlines.For(c, today), d => d.Kind == DeadlineKind.AppealAgainstAmendedPlan);

    [Theory]
    [InlineData("2027-12-29", "2028-02-29")] // 2 months end on 29 February, a Tuesday in a leap year
    [InlineData("2026-12-31", "2027-03-01")] // 2 months from 31 December end on 28 February, a Sunday
    [InlineData("2027-03-31", "2027-06-01")] // 31 May 2027 is the spring bank holiday
    [InlineData("2023-03-08", "2023-05-09")] // 8 May 2023, the coronation bank holiday, proclaimed for that year only
    [InlineData("2027-06-15", "2027-09-01")] // ends in August: the first working day after 31 August
    [InlineData("2027-10-25", "2028-01-04")] // ends on Christmas Day: after 1 January 2028, a Saturday, and its substitute Monday
    public void An_amended_plan_gives_a_fresh_appeal_counted_from_the_day_it_was_sent(string amendedOn, string due)
    {
        var c = WithPlan("2022-09-01");
        c.RecordPlanIssued(PlanVersionKind.AmendedFinal, D(amendedOn));

        var appeal = AmendedPlanAppeal(c, D(amendedOn));

        Assert.Equal(D(due), appeal.Due);
        Assert.True(appeal.IsRight);
        Assert.Equal("Appeal to the SEND Tribunal against the amended plan", appeal.What);
        Assert.Contains("section 51(2)(c)", appeal.LegalBasis, StringComparison.Ordinal);
        Assert.Equal((AppealedDecision.PlanContents, D(amendedOn)), c.AppealableDecision);
    }

    [Theory]
    [InlineData("2028-02-28", DeadlineState.DueSoon)]
    [InlineData("2028-02-29", DeadlineState.DueSoon)]
    [InlineData("2028-03-01", DeadlineState.Lapsed)]
    public void The_right_is_open_until_its_last_day_and_lapses_the_day_after(string today, DeadlineState state)
    {
        var c = WithPlan();
        c.LastAnnualReviewOn = D("2027-12-01");
        c.RecordPlanIssued(PlanVersionKind.AmendedFinal, D("2027-12-29"));

        var appeal = AmendedPlanAppeal(c, D(today));

        Assert.Equal(state, appeal.State);
        Assert.Empty(CaseTimeline.Of(c, D("2012-05-10"), D(today)).Overdue);
    }

    [Fact]
    public void A_later_final_version_is_an_amendment_and_a_draft_is_not()
    {
        var c = WithPlan();
        c.RecordPlanIssued(PlanVersionKind.Final, D("2025-06-02"));
        c.RecordPlanIssued(PlanVersionKind.AmendmentDraft, D("2026-10-01"));
        Assert.Null(c.PlanAmendedOn);

        c.RecordPlanIssued(PlanVersionKind.Final, D("2026-11-02"));

        Assert.Equal(D("2025-06-02"), c.FinalPlanIssuedOn);
        Assert.Equal(D("2026-11-02"), c.PlanAmendedOn);
        Assert.Equal(D("2026-11-02"), c.AppealableDecisionOn);
    }

    [Fact]
    public void A_mediation_certificate_moves_the_amended_plans_date_not_the_first_plans()
    {
        var c = WithPlan();
        c.RecordPlanIssued(PlanVersionKind.AmendedFinal, D("2026-10-05"));
        c.Mediations.Add(new Mediation { AssessmentCaseId = c.Id, DecisionOn = D("2026-10-05"), AdviserContactedOn = D("2026-11-02"), CertificateOn = D("2026-11-20") });

        var deadlines = AssessmentDeadlines.For(c, D("2026-11-20"));

        // 2 months from 5 October end on 5 December, a Saturday (7 December); 1 month after the certificate is 20 December,
        // later, and a Sunday: Monday 21 December.
        Assert.Equal(D("2026-12-21"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.AppealAgainstAmendedPlan).Due);
        Assert.Equal(StatutoryClock.AppealDue(D("2025-06-02"), null), Assert.Single(deadlines, d => d.Kind == DeadlineKind.AppealAgainstPlan).Due);
    }

    [Theory]
    [InlineData("2022-07-19", "2022-09-20")] // 19 September 2022, the State Funeral, was a bank holiday
    [InlineData("2027-10-22", "2027-12-22")] // 22 December is before the Christmas days, and a working day
    [InlineData("2027-10-29", "2028-01-04")] // 29 December is in them: after 1 January 2028 and its substitute Monday
    public void Keeping_the_plan_after_a_review_is_a_decision_not_to_amend_the_family_may_appeal(string decidedOn, string due)
    {
        var c = WithPlan("2021-06-02");
        c.RefusedToAmendOn = D(decidedOn);

        var appeal = Assert.Single(AssessmentDeadlines.For(c, D(decidedOn)), d => d.Kind == DeadlineKind.AppealAgainstNoAmendment);

        Assert.Equal(D(due), appeal.Due);

        Assert.Contains("section 51(2)(e)", appeal.LegalBasis, StringComparison.Ordinal);
        Assert.Equal((AppealedDecision.RefusalToAmend, D(decidedOn)), c.AppealableDecision);
    }

    [Fact]
    public void The_latest_decision_is_the_one_mediation_and_appeal_are_about()
    {
        var c = WithPlan();
        Assert.Equal((AppealedDecision.PlanContents, D("2025-06-02")), c.AppealableDecision);

        c.RefusedToAmendOn = D("2026-06-10");
        Assert.Equal((AppealedDecision.RefusalToAmend, D("2026-06-10")), c.AppealableDecision);

        c.RecordPlanIssued(PlanVersionKind.AmendedFinal, D("2027-03-01"));
        Assert.Equal((AppealedDecision.PlanContents, D("2027-03-01")), c.AppealableDecision);

        c.Cessations.Add(new PlanCessation
        {
            ProposedOn = D("2027-04-01"), ProposalReasons = "Reasons", ProposedById = "caseworker", Decision = CessationDecision.Cease, NoticeSentOn = D("2027-05-03"),
        });
        Assert.Equal((AppealedDecision.Ceasing, D("2027-05-03")), c.AppealableDecision);

        var refused = new AssessmentCase { RequestReceivedOn = D("2026-09-01"), RefusedOn = D("2026-10-01") };
        Assert.Equal((AppealedDecision.RefusalToAssess, D("2026-10-01")), refused.AppealableDecision);
    }

    [Fact]
    public void The_family_banner_shows_the_fresh_right_when_nothing_else_is_asked_of_them()
    {
        var c = WithPlan();
        c.LastAnnualReviewOn = D("2026-05-20");
        c.RecordPlanIssued(PlanVersionKind.AmendedFinal, D("2026-07-01"));
        var timeline = CaseTimeline.Of(c, D("2012-05-10"), D("2026-07-02"));

        var step = FamilyNextSteps.For(new FamilyCaseFacts(Guid.NewGuid(), "Ava", false, timeline, D("2026-07-02")));

        Assert.Equal(FamilyStepKind.Waiting, step.Kind);
        Assert.EndsWith("An appeal to the SEND Tribunal against the amended plan can be made until 1 September 2026.", step.Detail, StringComparison.Ordinal);
    }
}

/// <summary>What a mediation agreement requires of the council, and by when (SEND Regulations 2014, regulation 42).</summary>
public sealed class MediationAgreementTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static (AssessmentCase Case, Mediation Mediation) Agreed(string agreedOn, TribunalOrders orders, string? other = null)
    {
        var c = new AssessmentCase
        {
            RequestReceivedOn = D("2025-01-13"), DecisionToAssessOn = D("2025-02-17"), DraftPlanIssuedOn = D("2025-04-28"), FinalPlanIssuedOn = D("2025-06-02"),
        };
        var m = new Mediation
        {
            AssessmentCaseId = c.Id, DecisionOn = D("2025-06-02"), AdviserContactedOn = D("2025-07-01"), Pursued = true, HeldOn = D(agreedOn),
            AgreementOn = D(agreedOn), AgreedOrders = orders, AgreedOther = other,
        };
        c.Mediations.Add(m);
        return (c, m);
    }

    [Theory]
    [InlineData("2028-03-05", DeadlineState.DueSoon, 0)]
    [InlineData("2028-03-06", DeadlineState.DueSoon, 0)]
    [InlineData("2028-03-07", DeadlineState.Overdue, 1)]
    public void Agreeing_to_amend_the_provision_gives_5_weeks_as_an_order_would(string today, DeadlineState state, int daysOverdue)
    {
        // 5 weeks from 31 January 2028 run through 29 February: 6 March.
        var (c, _) = Agreed("2028-01-31", TribunalOrders.AmendProvision);

        var timeline = CaseTimeline.Of(c, D("2012-05-10"), D(today));
        var step = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.MediationAgreement);

        Assert.Equal(D("2028-03-06"), step.Due);
        Assert.Equal(state, step.State);
        Assert.Equal(daysOverdue, step.DaysOverdue);
        Assert.False(step.IsRight);
        Assert.False(step.IsTarget);
        Assert.Equal(Party.Council, step.Who);
        Assert.Equal("SEND Regulations 2014, regulations 42(2) and 44(2)(e)", step.LegalBasis);
        Assert.Equal("Amended plan (mediation agreement)", step.What);
        Assert.Equal(daysOverdue == 1, timeline.Overdue.Contains(step));
    }

    [Fact]
    public void An_amended_plan_issued_on_or_after_the_agreement_meets_it()
    {
        var (c, _) = Agreed("2028-02-15", TribunalOrders.AmendPlacement);
        c.RecordPlanIssued(PlanVersionKind.AmendedFinal, D("2028-02-29"));

        var step = Assert.Single(AssessmentDeadlines.MediationAgreements(c, D("2028-03-10")));

        Assert.Equal(D("2028-02-29"), step.Due); // 2 weeks from 15 February 2028
        Assert.Equal(DeadlineState.Met, step.State);
    }

    [Theory]
    [InlineData("2026-12-31", DeadlineState.DueSoon)]
    [InlineData("2027-01-01", DeadlineState.DueSoon)]
    [InlineData("2027-01-02", DeadlineState.Overdue)]
    public void Something_the_family_could_not_appeal_is_due_within_2_weeks_counted_in_calendar_days(string today, DeadlineState state)
    {
        // 2 weeks from 18 December 2026 end on New Year's Day: a bank holiday does not move a council's limit.
        var (c, _) = Agreed("2026-12-18", TribunalOrders.None, "Secure the speech and language therapy in section G");

        var step = Assert.Single(AssessmentDeadlines.MediationAgreements(c, D(today)));

        Assert.Equal(D("2027-01-01"), step.Due);
        Assert.Equal(state, step.State);
        Assert.Equal("SEND Regulations 2014, regulation 42(3)", step.LegalBasis);
        Assert.Equal("what was agreed in mediation (Secure the speech and language therapy in section G)", step.Subject);
    }

    [Fact]
    public void A_time_agreed_in_writing_replaces_the_regulations_and_the_caseworkers_record_meets_it()
    {
        var (c, m) = Agreed("2026-12-18", TribunalOrders.Reconsider, "Secure the speech and language therapy in section G");
        m.AgreedDueOn = D("2027-02-26");

        var steps = AssessmentDeadlines.MediationAgreements(c, D("2027-01-20")).ToList();

        Assert.Equal(2, steps.Count);
        Assert.All(steps, s =>
        {
            Assert.Equal(D("2027-02-26"), s.Due);
            Assert.Equal("SEND Regulations 2014, regulation 42(5): the time agreed in writing", s.LegalBasis);
        });

        m.AgreementDoneOn = D("2027-02-27");
        Assert.Equal([DeadlineState.MetLate, DeadlineState.MetLate], AssessmentDeadlines.MediationAgreements(c, D("2027-03-01")).Select(s => s.State));
    }

    [Fact]
    public void Agreeing_to_assess_asks_for_the_letter_then_the_final_plan_or_a_decision_not_to_issue_one()
    {
        var (c, _) = Agreed("2027-01-04", TribunalOrders.Assess);

        var early = AssessmentDeadlines.MediationAgreements(c, D("2027-01-05")).ToList();
        var late = AssessmentDeadlines.MediationAgreements(c, D("2027-03-16")).ToList();

        Assert.Equal([D("2027-01-18"), D("2027-03-15"), D("2027-04-12")], early.Select(s => s.Due));
        // Past the 10 weeks with no decision not to issue a plan, only the final plan is owed.
        Assert.Equal([D("2027-01-18"), D("2027-04-12")], late.Select(s => s.Due));
    }

    [Fact]
    public void No_agreement_owes_nothing()
    {
        var (c, m) = Agreed("2027-01-04", TribunalOrders.AmendProvision);
        m.AgreementOn = null;

        Assert.Empty(AssessmentDeadlines.MediationAgreements(c, D("2027-06-01")));
    }
}
