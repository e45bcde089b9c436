using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class AssessmentDeadlinesTests
{
    // Decision to assess due 30 November 2026, 16 weeks on 8 February 2027, final plan 8 March 2027.
    private static readonly DateOnly Request = D("2026-10-19");

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Deadline Only(IReadOnlyList<Deadline> deadlines, DeadlineKind kind) => Assert.Single(deadlines, d => d.Kind == kind);

    private static AssessmentCase Assessing(string decided = "2026-11-16") => new() { RequestReceivedOn = Request, DecisionToAssessOn = D(decided) };

    private static AssessmentCase WithException(AssessmentCase c, TimescaleExceptionBasis basis)
    {
        c.TimescaleExceptions.Add(new TimescaleException { LegalBasis = basis });
        return c;
    }

    [Fact]
    public void A_new_request_has_the_council_deciding_within_6_weeks_and_the_final_plan_within_20()
    {
        var deadlines = AssessmentDeadlines.For(new AssessmentCase { RequestReceivedOn = Request }, D("2026-10-29"));

        Assert.Equal([DeadlineKind.DecisionToAssess, DeadlineKind.FinalPlan], deadlines.Select(d => d.Kind));
        var decision = deadlines[0];
        Assert.Equal(D("2026-11-30"), decision.Due);
        Assert.Equal(Party.Council, decision.Who);
        Assert.Equal("SEND Regulations 2014, regulation 5(1)", decision.LegalBasis);
        Assert.Equal(DeadlineState.Due, decision.State);
        Assert.Equal(D("2027-03-08"), deadlines[1].Due);
        Assert.Equal("SEND Regulations 2014, regulation 13(2)", deadlines[1].LegalBasis);
    }

    [Fact]
    public void The_due_day_itself_is_not_overdue_and_the_day_after_is_overdue_by_one_day()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request };

        var onTheDay = Only(AssessmentDeadlines.For(c, D("2026-11-30")), DeadlineKind.DecisionToAssess);
        var dayAfter = Only(AssessmentDeadlines.For(c, D("2026-12-01")), DeadlineKind.DecisionToAssess);

        Assert.Equal(DeadlineState.DueSoon, onTheDay.State);
        Assert.Equal(0, onTheDay.DaysLeft);
        Assert.Equal(DeadlineState.Overdue, dayAfter.State);
        Assert.Equal(1, dayAfter.DaysOverdue);
    }

    [Theory]
    [InlineData("2026-11-30", DeadlineState.Met, 0)]
    [InlineData("2026-12-01", DeadlineState.MetLate, 1)]
    public void A_decision_on_the_due_day_is_on_time_and_the_day_after_is_late(string decided, DeadlineState state, int daysLate)
    {
        var decision = Only(AssessmentDeadlines.For(Assessing(decided), D("2027-01-10")), DeadlineKind.DecisionToAssess);

        Assert.Equal(state, decision.State);
        Assert.Equal(daysLate, decision.DaysLate);
        Assert.Equal(D(decided), decision.MetOn);
    }

    [Fact]
    public void A_refusal_to_assess_is_the_decision_and_meets_the_6_week_limit()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, RefusedOn = D("2026-11-20") };

        Assert.Equal(DeadlineState.Met, Only(AssessmentDeadlines.For(c, D("2026-12-01")), DeadlineKind.DecisionToAssess).State);
    }

    [Fact]
    public void Advice_is_due_6_weeks_after_each_request_from_the_contributor_asked()
    {
        var c = Assessing();
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.SocialCare, RequestedOn = D("2026-12-21") });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-11-23"), SubmittedOn = D("2027-01-05") });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.ParentOrYoungPerson, RequestedOn = D("2026-11-23") });

        var advice = AssessmentDeadlines.For(c, D("2027-01-10")).Where(d => d.Kind == DeadlineKind.Advice).ToList();

        Assert.Equal([AdviceType.ParentOrYoungPerson, AdviceType.Health, AdviceType.SocialCare], advice.Select(a => a.Contributor!.Value));
        Assert.Equal([D("2027-01-04"), D("2027-01-04"), D("2027-02-01")], advice.Select(a => a.Due));
        Assert.Equal([DeadlineState.Overdue, DeadlineState.MetLate, DeadlineState.Due], advice.Select(a => a.State));
        Assert.Equal([Party.Family, Party.Contributor, Party.Contributor], advice.Select(a => a.Who));
        Assert.All(advice, a => Assert.Equal("SEND Regulations 2014, regulation 8(1)", a.LegalBasis));
        Assert.Equal(["Family's advice", "Health advice", "Social care advice"], advice.Select(a => a.What));
    }

    [Fact]
    public void The_16_week_decision_applies_while_assessing_and_goes_overdue_without_a_draft()
    {
        var deadline = Only(AssessmentDeadlines.For(Assessing(), D("2027-02-09")), DeadlineKind.DecisionNotToIssuePlan);

        Assert.Equal(D("2027-02-08"), deadline.Due);
        Assert.Equal(DeadlineState.Overdue, deadline.State);
        Assert.Equal("SEND Regulations 2014, regulation 10(1)", deadline.LegalBasis);
    }

    [Fact]
    public void The_16_week_decision_no_longer_applies_once_a_draft_is_issued_or_before_the_decision_to_assess()
    {
        var drafted = Assessing();
        drafted.DraftPlanIssuedOn = D("2027-02-15");

        Assert.DoesNotContain(AssessmentDeadlines.For(drafted, D("2027-02-20")), d => d.Kind == DeadlineKind.DecisionNotToIssuePlan);
        Assert.DoesNotContain(AssessmentDeadlines.For(new AssessmentCase { RequestReceivedOn = Request }, D("2027-02-20")), d => d.Kind == DeadlineKind.DecisionNotToIssuePlan);
    }

    [Theory]
    [InlineData("2027-02-15", "2027-02-20", DeadlineState.Met)]
    [InlineData("2027-02-16", "2027-02-20", DeadlineState.MetLate)]
    [InlineData(null, "2027-02-14", DeadlineState.DueSoon)]
    [InlineData(null, "2027-02-15", DeadlineState.DueSoon)]
    [InlineData(null, "2027-02-16", DeadlineState.Lapsed)]
    public void The_family_has_at_least_15_days_beginning_with_the_draft_and_a_later_response_is_accepted_but_late(string? responded, string today, DeadlineState state)
    {
        var c = Assessing();
        c.DraftPlanIssuedOn = D("2027-02-01");

        var response = Only(AssessmentDeadlines.For(c, D(today), draftResponseOn: responded is null ? null : D(responded)), DeadlineKind.DraftPlanResponse);

        Assert.Equal(D("2027-02-15"), response.Due);
        Assert.Equal(Party.Family, response.Who);
        Assert.Equal(state, response.State);
        Assert.False(response.State == DeadlineState.Overdue);
    }

    [Theory]
    [InlineData("2027-03-08", DeadlineState.Met)]
    [InlineData("2027-03-09", DeadlineState.MetLate)]
    public void The_final_plan_is_due_140_days_after_the_request(string issued, DeadlineState state)
    {
        var c = Assessing();
        c.FinalPlanIssuedOn = D(issued);

        Assert.Equal(state, Only(AssessmentDeadlines.For(c, D("2027-04-01")), DeadlineKind.FinalPlan).State);
    }

    [Fact]
    public void An_exception_lifts_the_16_and_20_week_limits_but_not_the_decision_to_assess_or_advice()
    {
        var c = WithException(new AssessmentCase { RequestReceivedOn = Request, DecisionToAssessOn = D("2026-12-10") }, TimescaleExceptionBasis.ExceptionalPersonalCircumstances);
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-12-10") });

        var deadlines = AssessmentDeadlines.For(c, D("2027-03-20"));

        Assert.Equal(DeadlineState.MetLate, Only(deadlines, DeadlineKind.DecisionToAssess).State);
        Assert.Equal(DeadlineState.Overdue, Only(deadlines, DeadlineKind.Advice).State);
        foreach (var kind in new[] { DeadlineKind.DecisionNotToIssuePlan, DeadlineKind.FinalPlan })
        {
            var lifted = Only(deadlines, kind);
            Assert.Equal(DeadlineState.ExceptionApplies, lifted.State);
            Assert.Equal(TimescaleExceptionBasis.ExceptionalPersonalCircumstances, lifted.Exception?.LegalBasis);
            Assert.Equal(0, lifted.DaysOverdue);
        }
    }

    [Fact]
    public void An_exception_does_not_hide_a_final_plan_issued_on_time()
    {
        var c = WithException(Assessing(), TimescaleExceptionBasis.FamilyAwayFromArea);
        c.FinalPlanIssuedOn = D("2027-03-01");

        Assert.Equal(DeadlineState.Met, Only(AssessmentDeadlines.For(c, D("2027-03-20")), DeadlineKind.FinalPlan).State);
    }

    [Fact]
    public void After_a_refusal_only_the_decision_and_the_family_appeal_remain()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, RefusedOn = D("2026-11-20") };
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-10-20") });

        var deadlines = AssessmentDeadlines.For(c, D("2027-04-01"));

        Assert.Equal([DeadlineKind.DecisionToAssess, DeadlineKind.AppealAgainstRefusal], deadlines.Select(d => d.Kind));
        Assert.DoesNotContain(deadlines, d => d.State == DeadlineState.Overdue);
    }

    [Theory]
    [InlineData(null, "2027-01-20")]
    [InlineData("2027-01-05", "2027-02-05")]
    [InlineData("2026-11-30", "2027-01-20")]
    public void The_family_can_appeal_a_refusal_for_2_months_or_1_month_after_a_mediation_certificate(string? certificate, string due)
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, RefusedOn = D("2026-11-20") };

        var appeal = Only(AssessmentDeadlines.For(c, D("2026-12-01"), mediationCertificateOn: certificate is null ? null : D(certificate)), DeadlineKind.AppealAgainstRefusal);

        Assert.Equal(D(due), appeal.Due);
        Assert.Equal(Party.Family, appeal.Who);
        Assert.True(appeal.IsRight);
        Assert.StartsWith("Children and Families Act 2014, section 51", appeal.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_window_that_has_passed_has_lapsed_and_is_not_overdue()
    {
        var c = new AssessmentCase { RequestReceivedOn = Request, RefusedOn = D("2026-11-20") };

        Assert.Equal(DeadlineState.Lapsed, Only(AssessmentDeadlines.For(c, D("2027-01-21")), DeadlineKind.AppealAgainstRefusal).State);
    }

    [Theory]
    [InlineData(null, "2027-05-04")]
    [InlineData("2027-04-20", "2027-05-20")]
    public void After_a_final_plan_the_family_can_appeal_and_advice_still_outstanding_no_longer_applies(string? certificate, string due)
    {
        var c = Assessing();
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.SocialCare, RequestedOn = D("2026-11-23") });
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-11-23"), SubmittedOn = D("2026-12-20") });
        c.FinalPlanIssuedOn = D("2027-03-01");

        var deadlines = AssessmentDeadlines.For(c, D("2027-03-10"), mediationCertificateOn: certificate is null ? null : D(certificate));

        Assert.Equal(D(due), Only(deadlines, DeadlineKind.AppealAgainstPlan).Due);
        Assert.Equal(AdviceType.Health, Only(deadlines, DeadlineKind.Advice).Contributor);
    }

    [Fact]
    public void A_closed_case_lists_only_what_was_done()
    {
        var c = Assessing();
        c.AdviceRequests.Add(new AdviceRequest { Type = AdviceType.Health, RequestedOn = D("2026-11-23") });
        c.ClosedOn = D("2027-01-20");

        var deadlines = AssessmentDeadlines.For(c, D("2027-04-01"));

        Assert.Equal([DeadlineKind.DecisionToAssess], deadlines.Select(d => d.Kind));
    }
}
