using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>A decision not to issue a plan (Reg 10), and mediation moving the last day to appeal (rule 20(1)).</summary>
public sealed class NoPlanAndMediationTests
{
    // The 16 weeks end on 8 February 2027.
    private static readonly DateOnly Request = D("2026-10-19");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AssessmentCase Assessing() => new() { RequestReceivedOn = Request, DecisionToAssessOn = D("2026-11-16") };

    [Theory]
    [InlineData("2027-02-07", DeadlineState.Met, 0)]
    [InlineData("2027-02-08", DeadlineState.Met, 0)]
    [InlineData("2027-02-09", DeadlineState.MetLate, 1)]
    public void A_decision_not_to_issue_a_plan_meets_the_16_weeks_or_shows_the_breach(string decided, DeadlineState state, int daysLate)
    {
        var c = Assessing();
        c.RecordNoPlan(D(decided), "The assessment found the school can meet Ava's needs from its own resources.");

        var deadline = Assert.Single(AssessmentDeadlines.For(c, D("2027-02-20")), d => d.Kind == DeadlineKind.DecisionNotToIssuePlan);

        Assert.Equal(D("2027-02-08"), deadline.Due);
        Assert.Equal(state, deadline.State);
        Assert.Equal(daysLate, deadline.DaysLate);
    }

    [Fact]
    public void Deciding_not_to_issue_a_plan_closes_the_case_but_keeps_the_right_to_appeal()
    {
        var c = Assessing();
        c.RecordNoPlan(D("2027-01-29"), "Reasons");

        var timeline = CaseTimeline.Of(c, D("2015-01-01"), D("2027-02-01"));

        Assert.Equal(CaseStage.Closed, timeline.Stage);
        Assert.Equal(AssessmentCase.NoPlanClosure, c.ClosureReason);
        Assert.Equal("The council decided not to issue an EHC plan on 29 January 2027", timeline.WhereNow);
        Assert.DoesNotContain(timeline.Deadlines, d => d.Kind == DeadlineKind.FinalPlan);
        var appeal = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.AppealAgainstNoPlan);
        Assert.True(appeal.IsRight);
        // 2 months end on 29 March 2027, Easter Monday: the next working day.
        Assert.Equal(D("2027-03-30"), appeal.Due);
        Assert.Equal("An appeal to the SEND Tribunal can be made until 30 March 2027.", appeal.Sentence);
        Assert.Empty(timeline.Overdue);
    }

    [Fact]
    public void A_decision_not_to_issue_a_plan_cannot_follow_a_draft_or_come_before_the_decision_to_assess()
    {
        var drafted = Assessing();
        drafted.DraftPlanIssuedOn = D("2027-01-04");
        Assert.Throws<InvalidOperationException>(() => drafted.RecordNoPlan(D("2027-01-29"), "Reasons"));
        Assert.Throws<InvalidOperationException>(() => new AssessmentCase { RequestReceivedOn = Request }.RecordNoPlan(D("2027-01-29"), "Reasons"));
    }

    [Fact]
    public void A_certificate_after_the_first_month_moves_the_appeal_to_1_month_after_it()
    {
        var c = Assessing();
        c.RecordNoPlan(D("2027-01-29"), "Reasons");
        c.Mediations.Add(new Mediation { AssessmentCaseId = c.Id, DecisionOn = D("2027-01-29"), AdviserContactedOn = D("2027-02-10"), Pursued = true, CouncilToldOn = D("2027-02-11"), HeldOn = D("2027-03-05"), CertificateOn = D("2027-03-08") });

        var appeal = Assert.Single(AssessmentDeadlines.For(c, D("2027-03-10")), d => d.Kind == DeadlineKind.AppealAgainstNoPlan);

        Assert.Equal(D("2027-04-08"), appeal.Due);
    }

    [Fact]
    public void An_early_certificate_leaves_the_2_months_in_place()
    {
        var c = Assessing();
        c.RecordNoPlan(D("2027-01-29"), "Reasons");
        c.Mediations.Add(new Mediation { DecisionOn = D("2027-01-29"), AdviserContactedOn = D("2027-02-01"), Pursued = false, CertificateOn = D("2027-02-03") });

        Assert.Equal(D("2027-03-30"), Assert.Single(AssessmentDeadlines.For(c, D("2027-02-10")), d => d.Kind == DeadlineKind.AppealAgainstNoPlan).Due);
    }

    [Fact]
    public void A_certificate_for_an_earlier_decision_does_not_move_this_one()
    {
        var c = Assessing();
        c.RecordNoPlan(D("2027-01-29"), "Reasons");
        c.Mediations.Add(new Mediation { DecisionOn = D("2026-09-01"), AdviserContactedOn = D("2026-09-10"), CertificateOn = D("2027-03-08") });

        Assert.Equal(D("2027-03-30"), Assert.Single(AssessmentDeadlines.For(c, D("2027-02-10")), d => d.Kind == DeadlineKind.AppealAgainstNoPlan).Due);
    }

    [Theory]
    [InlineData("2027-03-12", DeadlineState.DueSoon)]
    [InlineData("2027-03-13", DeadlineState.DueSoon)]
    [InlineData("2027-03-14", DeadlineState.Overdue)]
    public void The_council_must_hold_the_mediation_within_30_days_of_being_told(string today, DeadlineState state)
    {
        var c = Assessing();
        c.RecordNoPlan(D("2027-01-29"), "Reasons");
        c.Mediations.Add(new Mediation { DecisionOn = D("2027-01-29"), AdviserContactedOn = D("2027-02-10"), Pursued = true, CouncilToldOn = D("2027-02-11") });

        var timeline = CaseTimeline.Of(c, D("2015-01-01"), D(today));

        var held = Assert.Single(timeline.Deadlines, d => d.Kind == DeadlineKind.MediationHeld);
        Assert.Equal(D("2027-03-13"), held.Due);
        Assert.Equal(Party.Council, held.Who);
        Assert.Equal(state, held.State);
        Assert.Equal(state == DeadlineState.Overdue, timeline.Overdue.Contains(held));
    }

    [Fact]
    public void The_certificate_is_expected_3_working_days_after_declining_or_after_mediation_ends()
    {
        Assert.Equal(D("2027-02-05"), new Mediation { AdviserContactedOn = D("2027-02-02"), Pursued = false }.CertificateExpectedBy);
        Assert.Equal(D("2026-12-30"), new Mediation { AdviserContactedOn = D("2026-12-01"), Pursued = true, HeldOn = D("2026-12-23") }.CertificateExpectedBy);
        Assert.Null(new Mediation { AdviserContactedOn = D("2026-12-01"), Pursued = true }.CertificateExpectedBy);
    }

    [Fact]
    public void Mediation_dates_must_follow_the_decision_and_the_contact_and_not_be_in_the_future()
    {
        var problems = Mediation.Problems(D("2027-01-29"), D("2027-02-10"), D("2027-01-28"), pursued: false, told: null, held: D("2027-02-05"), certificate: D("2027-02-11"));

        Assert.Equal(["AdviserContactedOn", "CertificateOn", "HeldOn"], problems.Select(p => p.Field).Distinct().Order());
        Assert.Contains(problems, p => p.Problem == "The date you contacted the mediation adviser must be on or after the date of the decision, 29 January 2027");
        Assert.Contains(problems, p => p.Problem == "The date of the certificate must be today or in the past");
        Assert.Empty(Mediation.Problems(D("2027-01-29"), D("2027-02-10"), D("2027-02-01"), true, D("2027-02-01"), D("2027-02-09"), D("2027-02-10")));
    }
}
