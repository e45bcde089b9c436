using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// Ceasing to maintain a plan (s45, Regs 29 to 31): who may be proposed for it, the consultation before the decision,
/// the family's appeal, and the plan being maintained until the last day to appeal has passed.
/// </summary>
public sealed class CeasingAPlanTests
{
    private static readonly DateOnly FinalPlan = D("2025-06-02");
    private static readonly DateOnly Born = D("2012-05-10");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static AssessmentCase WithPlan() => new() { RequestReceivedOn = D("2025-01-13"), DecisionToAssessOn = D("2025-02-17"), DraftPlanIssuedOn = D("2025-04-28"), FinalPlanIssuedOn = FinalPlan };

    private static PlanCessation Proposal(AssessmentCase c, string proposedOn = "2026-11-02", DateOnly? schoolConsultedOn = null, CessationGround ground = CessationGround.NoLongerNecessary)
    {
        var cessation = new PlanCessation
        {
            AssessmentCaseId = c.Id,
            Ground = ground,
            ProposedOn = D(proposedOn),
            ProposalReasons = "Ava's needs are now met from the school's own resources.",
            ProposedById = "caseworker",
            ProposedAt = new DateTimeOffset(D(proposedOn).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            SchoolConsultedOn = schoolConsultedOn ?? D(proposedOn),
        };
        c.Cessations.Add(cessation);
        return cessation;
    }

    private static PlanCessation Ceasing(AssessmentCase c, string noticeSentOn)
    {
        var cessation = Proposal(c);
        cessation.Decision = CessationDecision.Cease;
        cessation.DecidedOn = D(noticeSentOn);
        cessation.NoticeSentOn = D(noticeSentOn);
        cessation.CeasesOn = PlanCessation.CeasingDay(D(noticeSentOn), null);
        return cessation;
    }

    [Theory]
    [InlineData("2027-01-15", "2027-03-15")] // 2 months end on a Monday
    [InlineData("2026-12-31", "2027-03-01")] // the month end: 28 February 2027 is a Sunday
    [InlineData("2027-12-29", "2028-02-29")] // 29 February in a leap year, a Tuesday
    [InlineData("2028-02-29", "2028-05-02")] // from 29 February: 29 April is a Saturday and 1 May the early May bank holiday
    [InlineData("2027-06-10", "2027-09-01")] // ends in August: the first working day after 31 August
    [InlineData("2027-10-27", "2028-01-04")] // ends between 25 December and 1 January: after 1 January and the bank holiday on 3 January
    public void The_plan_stops_the_day_after_the_last_day_to_appeal(string notice, string lastDayToAppeal)
    {
        var c = WithPlan();
        var cessation = Ceasing(c, notice);

        var appeal = Assert.Single(AssessmentDeadlines.For(c, D(notice)), d => d.Kind == DeadlineKind.AppealAgainstCease);

        Assert.Equal(D(lastDayToAppeal), appeal.Due);
        Assert.Equal(D(lastDayToAppeal).AddDays(1), cessation.CeasesOn);
    }

    [Theory]
    [InlineData("2027-03-14", false)]
    [InlineData("2027-03-15", false)]
    [InlineData("2027-03-16", true)]
    public void The_plan_is_maintained_until_the_time_to_appeal_has_ended(string today, bool ceased)
    {
        var c = WithPlan();
        var cessation = Ceasing(c, "2027-01-15");

        var timeline = CaseTimeline.Of(c, Born, D(today));

        Assert.Equal(ceased, cessation.HasCeased(D(today)));
        Assert.Equal(ceased ? CaseStage.PlanCeased : CaseStage.FinalPlan, timeline.Stage);
        Assert.Equal(ceased
            ? "The plan stopped on 16 March 2027: the council decided to stop maintaining it"
            : "The council decided on 15 January 2027 to stop maintaining the plan. It stops on 16 March 2027 unless there is an appeal", timeline.WhereNow);
    }

    [Fact]
    public void The_family_may_appeal_a_decision_to_cease_as_a_right_on_its_own_legal_basis()
    {
        var c = WithPlan();
        Ceasing(c, "2027-01-15");

        var appeal = Assert.Single(AssessmentDeadlines.For(c, D("2027-01-20")), d => d.Kind == DeadlineKind.AppealAgainstCease);

        Assert.True(appeal.IsRight);
        Assert.False(appeal.IsTarget);
        Assert.Equal(Party.Family, appeal.Who);
        Assert.Contains("sections 45 and 51(2)(f)", appeal.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("regulation 31(3)", appeal.LegalBasis, StringComparison.Ordinal);
        Assert.Equal("An appeal to the SEND Tribunal can be made until 15 March 2027.", appeal.Sentence);
    }

    [Fact]
    public void A_mediation_certificate_about_the_decision_to_cease_moves_its_appeal_but_not_the_final_plans()
    {
        var c = WithPlan();
        Ceasing(c, "2027-01-15");
        c.Mediations.Add(new Mediation { AssessmentCaseId = c.Id, DecisionOn = D("2027-01-15"), AdviserContactedOn = D("2027-02-20"), CertificateOn = D("2027-03-01") });

        var deadlines = AssessmentDeadlines.For(c, D("2027-03-02"));

        Assert.Equal(D("2027-01-15"), c.AppealableDecisionOn);
        Assert.Same(c.Mediations[0], c.CurrentMediation);
        Assert.Equal(D("2027-04-01"), Assert.Single(deadlines, d => d.Kind == DeadlineKind.AppealAgainstCease).Due);
        Assert.Equal(StatutoryClock.AppealDue(FinalPlan, null), Assert.Single(deadlines, d => d.Kind == DeadlineKind.AppealAgainstPlan).Due);
        Assert.Equal(D("2027-04-02"), PlanCessation.CeasingDay(D("2027-01-15"), D("2027-03-01")));
    }

    [Fact]
    public void A_proposal_still_being_consulted_on_gives_no_appeal_and_blocks_a_second_proposal()
    {
        var c = WithPlan();
        Proposal(c);

        var timeline = CaseTimeline.Of(c, Born, D("2026-11-03"));

        Assert.False(c.MayProposeCessation);
        Assert.Null(c.CeaseNoticeOn);
        Assert.Equal(FinalPlan, c.AppealableDecisionOn);
        Assert.DoesNotContain(timeline.Deadlines, d => d.Kind == DeadlineKind.AppealAgainstCease);
        Assert.Equal("The council is considering stopping the plan (proposed on 2 November 2026)", timeline.WhereNow);
    }

    [Fact]
    public void Deciding_to_keep_the_plan_ends_the_proposal_without_an_appeal_and_allows_a_new_one()
    {
        var c = WithPlan();
        var cessation = Proposal(c);
        cessation.Decision = CessationDecision.Keep;
        cessation.DecidedOn = D("2026-12-01");

        Assert.True(c.MayProposeCessation);
        Assert.Null(cessation.CeasesOn);
        Assert.False(cessation.HasCeased(D("2030-01-01")));
        Assert.DoesNotContain(AssessmentDeadlines.For(c, D("2026-12-02")), d => d.Kind == DeadlineKind.AppealAgainstCease);
    }

    [Fact]
    public void There_is_no_plan_to_cease_before_the_final_plan()
    {
        var c = new AssessmentCase { RequestReceivedOn = D("2026-09-01"), DecisionToAssessOn = D("2026-10-01") };

        Assert.False(c.MayProposeCessation);
    }

    [Theory]
    [InlineData("2026-02-28", true)]  // the day before an 18th birthday that falls on 1 March (born on 29 February)
    [InlineData("2026-03-01", false)] // the 18th birthday
    [InlineData("2026-03-02", false)]
    public void Under_18_a_plan_can_only_stop_because_it_is_no_longer_necessary(string proposedOn, bool refused)
    {
        var problems = PlanCessation.ProposalProblems(FinalPlan, D("2026-12-01"), D("2008-02-29"), CessationGround.NoLongerResponsible, D(proposedOn), null);

        Assert.Equal(refused, problems.Any(p => p.Field == "Ground" && p.Problem.Contains("regulation 29", StringComparison.Ordinal)));
        Assert.Empty(PlanCessation.ProposalProblems(FinalPlan, D("2026-12-01"), D("2008-02-29"), CessationGround.NoLongerNecessary, D(proposedOn), null));
    }

    [Theory]
    [InlineData("2026-02-28", "2026-01-15", "2025-09-01", false)] // the day before the 18th birthday (born on 29 February)
    [InlineData("2026-03-01", "2026-01-15", "2025-09-01", true)]  // the 18th birthday: reviewed before they left
    [InlineData("2026-03-02", "2026-01-15", null, true)]          // never reviewed
    [InlineData("2026-03-02", "2026-01-15", "2026-01-14", true)]  // reviewed the day before they stopped attending
    [InlineData("2026-03-02", "2026-01-15", "2026-01-15", false)] // reviewed on the day they stopped
    [InlineData("2026-03-02", "2026-01-15", "2026-01-16", false)] // reviewed the day after
    public void A_young_person_of_18_or_over_who_has_left_education_is_reviewed_before_a_proposal_to_cease(string proposedOn, string leftOn, string? reviewedOn, bool refused)
    {
        var problems = PlanCessation.ProposalProblems(FinalPlan, D("2026-12-01"), D("2008-02-29"), CessationGround.NoLongerNecessary, D(proposedOn), null,
            D(leftOn), reviewedOn is null ? null : D(reviewedOn));

        Assert.Equal(refused, problems.Any(p => p.Field == "LeftEducationOn" && p.Problem.Contains("regulation 30", StringComparison.Ordinal)
            && p.Problem.Contains("Hold a review first to find out whether they want to return to education or training", StringComparison.Ordinal)));
        Assert.Equal(refused ? 1 : 0, problems.Count);
    }

    [Fact]
    public void A_young_person_still_attending_needs_no_review_first()
    {
        Assert.Empty(PlanCessation.ProposalProblems(FinalPlan, D("2026-12-01"), D("2008-02-29"), CessationGround.NoLongerResponsible, D("2026-11-02"), null));
    }

    [Theory]
    [InlineData("2025-06-01", "The date the family was told must be on or after the final plan, 2 June 2025")]
    [InlineData("2026-12-02", "The date the family was told must be today or in the past")]
    public void A_proposal_is_dated_between_the_final_plan_and_today(string proposedOn, string problem)
    {
        var problems = PlanCessation.ProposalProblems(FinalPlan, D("2026-12-01"), Born, CessationGround.NoLongerNecessary, D(proposedOn), null);

        Assert.Equal(("ProposedOn", problem), Assert.Single(problems));
    }

    [Fact]
    public void The_school_is_consulted_after_the_family_is_told()
    {
        var problems = PlanCessation.ProposalProblems(FinalPlan, D("2026-12-01"), Born, CessationGround.NoLongerNecessary, D("2026-11-02"), D("2026-11-01"));

        Assert.Equal(("SchoolConsultedOn", "The date the school or college was consulted must be on or after the date the family was told, 2 November 2026"), Assert.Single(problems));
    }

    [Fact]
    public void A_decision_to_cease_needs_the_head_teacher_consulted_first_but_a_decision_to_keep_does_not()
    {
        var c = WithPlan();
        var cessation = Proposal(c);
        cessation.SchoolConsultedOn = null;

        var cease = cessation.DecisionProblems(D("2026-12-01"), Born, CessationDecision.Cease, D("2026-11-20"), D("2026-11-20"), null);
        var keep = cessation.DecisionProblems(D("2026-12-01"), Born, CessationDecision.Keep, D("2026-11-20"), null, null);

        Assert.Contains(cease, p => p.Field == "Decision" && p.Problem.Contains("regulation 31(1)", StringComparison.Ordinal));
        Assert.Empty(keep);
    }

    [Theory]
    [InlineData("2026-11-01", "DecidedOn")] // the day before the proposal
    [InlineData("2026-11-02", null)]         // the day of the proposal
    [InlineData("2026-12-02", "DecidedOn")] // tomorrow
    public void A_decision_comes_on_or_after_the_proposal_and_not_in_the_future(string decidedOn, string? field)
    {
        var cessation = Proposal(WithPlan());

        var problems = cessation.DecisionProblems(D("2026-12-01"), Born, CessationDecision.Keep, D(decidedOn), null, null);

        Assert.Equal(field, problems.Select(p => p.Field).SingleOrDefault());
    }

    [Fact]
    public void The_notice_cannot_be_sent_before_the_decision()
    {
        var cessation = Proposal(WithPlan());

        var problems = cessation.DecisionProblems(D("2026-12-01"), Born, CessationDecision.Cease, D("2026-11-20"), D("2026-11-19"), null);

        Assert.Equal(("NoticeSentOn", "The date the decision was sent must be on or after the date of the decision, 20 November 2026"), Assert.Single(problems));
    }

    [Theory]
    [InlineData("2026-05-09", false)] // the day before the 18th birthday
    [InlineData("2026-05-10", true)]  // the 18th birthday
    public void From_18_the_decision_says_whether_the_outcomes_were_achieved(string decidedOn, bool asked)
    {
        var c = WithPlan();
        var cessation = Proposal(c, "2026-04-01");

        var problems = cessation.DecisionProblems(D("2026-12-01"), D("2008-05-10"), CessationDecision.Cease, D(decidedOn), D(decidedOn), null);

        Assert.Equal(asked, problems.Any(p => p.Field == "OutcomesAchieved"));
        Assert.Empty(cessation.DecisionProblems(D("2026-12-01"), D("2008-05-10"), CessationDecision.Cease, D(decidedOn), D(decidedOn), true));
    }

    private static TribunalAppeal AppealAgainst(PlanCessation cessation, AppealOutcome? outcome = null, string? outcomeOn = null) => new()
    {
        AssessmentCaseId = cessation.AssessmentCaseId, Decision = AppealedDecision.Ceasing, DecisionOn = cessation.NoticeSentOn!.Value, LodgedOn = cessation.NoticeSentOn!.Value.AddDays(10),
        Outcome = outcome, OutcomeOn = outcomeOn is null ? null : D(outcomeOn),
    };

    [Fact]
    public void An_appeal_holds_the_plan_until_decided_and_a_dismissal_stops_it_that_day()
    {
        var cessation = Ceasing(new AssessmentCase(), "2026-11-10");
        Assert.Equal(D("2027-01-12"), cessation.StopsOn(null));

        Assert.Null(cessation.StopsOn(AppealAgainst(cessation)));
        Assert.False(cessation.HasCeased(D("2027-06-01"), AppealAgainst(cessation)));

        // Reg 44(2)(a): dismissed, the plan stops at once: the day before it is maintained, that day it has stopped.
        var dismissed = AppealAgainst(cessation, AppealOutcome.Dismissed, "2027-03-03");
        Assert.False(cessation.HasCeased(D("2027-03-02"), dismissed));
        Assert.True(cessation.HasCeased(D("2027-03-03"), dismissed));
    }

    [Theory]
    [InlineData("2026-12-01", "2027-01-12")] // withdrawn inside the time to appeal: it stops when that time ends
    [InlineData("2027-02-01", "2027-02-01")] // withdrawn after it: it stops that day
    public void A_withdrawn_appeal_stops_the_plan_on_the_later_of_its_day_and_the_end_of_the_time_to_appeal(string withdrawnOn, string expected)
    {
        var cessation = Ceasing(new AssessmentCase(), "2026-11-10");

        Assert.Equal(D(expected), cessation.StopsOn(AppealAgainst(cessation, AppealOutcome.Withdrawn, withdrawnOn)));
    }

    [Theory]
    [InlineData(AppealOutcome.Ordered)]
    [InlineData(AppealOutcome.Unopposed)]
    public void An_order_to_continue_or_an_appeal_not_opposed_keeps_the_plan(AppealOutcome outcome)
    {
        var cessation = Ceasing(new AssessmentCase(), "2026-11-10");

        Assert.Null(cessation.StopsOn(AppealAgainst(cessation, outcome, "2027-02-01")));
    }

    [Fact]
    public void An_appeal_about_another_decision_does_not_hold_the_plan()
    {
        var cessation = Ceasing(new AssessmentCase(), "2026-11-10");
        var other = new TribunalAppeal { Decision = AppealedDecision.PlanContents, DecisionOn = D("2026-01-05"), LodgedOn = D("2026-02-01") };

        Assert.Equal(D("2027-01-12"), cessation.StopsOn(other));
    }
}
