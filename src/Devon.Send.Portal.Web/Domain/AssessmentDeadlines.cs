namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// Every deadline of an EHC needs assessment, from the case's dates: the decision whether to assess, each request for
/// advice, the decision not to issue a plan, the family's time on a draft, the final plan, and the family's time to
/// appeal a refusal or a final plan. Deadlines that no longer apply (the 16-week decision once a draft is out, what was
/// still to come when a request was refused or a case closed) are left out, so nothing is shown overdue that is not.
/// </summary>
public static class AssessmentDeadlines
{
    private const string Regulations = "SEND Regulations 2014";
    private const string TribunalRules = "Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, rule 20";
    private const string AppealBasis = $"Children and Families Act 2014, section 51; {TribunalRules}";

    /// <param name="draftResponseOn">When the family responded to the draft plan, if they have.</param>
    /// <param name="mediationCertificateOn">When a mediation certificate was issued for the latest appealable decision, if one was; otherwise the case's own mediation record says.</param>
    public static IReadOnlyList<Deadline> For(AssessmentCase c, DateOnly today, DateOnly? draftResponseOn = null, DateOnly? mediationCertificateOn = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        var mediation = c.CurrentMediation;
        mediationCertificateOn ??= mediation?.CertificateOn;
        var exceptions = c.TimescaleExceptions.OrderBy(e => e.RecordedAt).ToList();
        var request = c.RequestReceivedOn;
        // A case reopened after a refusal keeps its 6 weeks as the refusal met them, not as the order's day.
        var decided = c.RefusedBeforeReopeningOn ?? c.DecisionToAssessOn ?? c.RefusedOn;
        var deadlines = new List<Deadline>();

        if (decided is not null || (c.DraftPlanIssuedOn is null && c.FinalPlanIssuedOn is null))
        {
            deadlines.Add(Lifted(Make(DeadlineKind.DecisionToAssess, "Decision whether to assess", "the decision whether to assess", Party.Council,
                $"{Regulations}, regulation 5(1)", StatutoryClock.DecisionToAssessDue(request), decided, today), exceptions, ExceptionLimits.DecisionToAssess, request));
        }

        if (c.RefusedOn is { } refused)
        {
            deadlines.Add(Appeal(DeadlineKind.AppealAgainstRefusal, refused, mediationCertificateOn, today, LodgedOn(c, refused)));
            return Applying(WithMediation(deadlines, mediation, today), c, today);
        }

        foreach (var advice in c.AdviceRequests.OrderBy(a => a.RequestedOn).ThenBy(a => a.Type))
        {
            var d = AdviceFor(advice, exceptions, today);
            if (d.MetOn is not null || c.FinalPlanIssuedOn is null)
            {
                deadlines.Add(d);
            }
        }

        if (c.NoPlanBeforeReopeningOn is { } earlierNoPlan)
        {
            // The decision the order set aside met the 16 weeks; the Tribunal's 10 weeks apply from the order.
            deadlines.Add(Make(DeadlineKind.DecisionNotToIssuePlan, "Decision whether to issue a plan", "the decision whether to issue a plan", Party.Council,
                $"{Regulations}, regulation 10(1)", StatutoryClock.DecisionNotToIssueDue(request), earlierNoPlan, today));
        }
        else if (c.ReopenedOn is null && c.DecisionToAssessOn is not null && c.DraftPlanIssuedOn is null && c.FinalPlanIssuedOn is null)
        {
            deadlines.Add(Lifted(Make(DeadlineKind.DecisionNotToIssuePlan, "Decision whether to issue a plan", "the decision whether to issue a plan", Party.Council,
                $"{Regulations}, regulation 10(1)", StatutoryClock.DecisionNotToIssueDue(request), c.NoPlanDecidedOn, today), exceptions, ExceptionLimits.DecisionNotToIssue, request));
        }

        if (c.NoPlanDecidedOn is { } noPlan)
        {
            deadlines.Add(Appeal(DeadlineKind.AppealAgainstNoPlan, noPlan, mediationCertificateOn, today, LodgedOn(c, noPlan)));
            return Applying(WithMediation(deadlines, mediation, today), c, today);
        }

        if (c.DraftPlanIssuedOn is { } draft)
        {
            var due = c.DraftResponseDueOn ?? StatutoryClock.DraftResponseDue(draft);
            deadlines.Add(new Deadline("Family's response to the draft plan", due, StatutoryClock.WindowStateOf(due, draftResponseOn, today), today)
            {
                Kind = DeadlineKind.DraftPlanResponse,
                Subject = "the family's response to the draft plan",
                Who = Party.Family,
                LegalBasis = $"Children and Families Act 2014, section 38; {Regulations}, regulation 13(1)",
                MetOn = draftResponseOn,
            });
        }

        // A plan taken in from another council was neither asked for nor issued here: its request and final plan carry the
        // day the other council made it, so neither the 20 weeks nor an appeal against that plan are this council's.
        var madeElsewhere = c.IsPlanMadeElsewhere;

        // A reopened case owes the final plan by the Tribunal's limit (Reg 44(2)(b), (c); 45(3), (6)), not by the 20 weeks
        // from the request, which ended with the decision the order set aside.
        if (c.ReopenedOn is null && !madeElsewhere)
        {
            deadlines.Add(Lifted(Make(DeadlineKind.FinalPlan, "Final plan issued", "the final plan", Party.Council,
                $"{Regulations}, regulation 13(2)", StatutoryClock.FinalPlanDue(request), c.FinalPlanIssuedOn, today), exceptions, ExceptionLimits.FinalPlan, request));
        }

        // A mediation certificate belongs to the latest appealable decision: a later amendment, decision not to amend or
        // decision to cease takes it.
        DateOnly? CertificateFor(DateOnly decision) => c.AppealableDecisionOn == decision ? mediationCertificateOn : null;
        if (c.FinalPlanIssuedOn is { } final && !madeElsewhere)
        {
            deadlines.Add(Appeal(DeadlineKind.AppealAgainstPlan, final, CertificateFor(final), today, LodgedOn(c, final)));
        }

        if (c.PlanAmendedOn is { } amended)
        {
            deadlines.Add(Appeal(DeadlineKind.AppealAgainstAmendedPlan, amended, CertificateFor(amended), today, LodgedOn(c, amended)) with
            {
                What = "Appeal to the SEND Tribunal against the amended plan",
                Subject = "an appeal to the SEND Tribunal against the amended plan",
                LegalBasis = $"Children and Families Act 2014, section 51(2)(c); {TribunalRules}",
            });
        }

        if (c.RefusedToAmendOn is { } notAmended)
        {
            deadlines.Add(Appeal(DeadlineKind.AppealAgainstNoAmendment, notAmended, CertificateFor(notAmended), today, LodgedOn(c, notAmended)) with
            {
                What = "Appeal to the SEND Tribunal against the decision not to amend the plan",
                Subject = "an appeal to the SEND Tribunal against the decision not to amend the plan",
                LegalBasis = $"Children and Families Act 2014, section 51(2)(e); {TribunalRules}",
            });
        }

        if (c.CeaseNoticeOn is { } ceaseNotice)
        {
            deadlines.Add(Appeal(DeadlineKind.AppealAgainstCease, ceaseNotice, CertificateFor(ceaseNotice), today, LodgedOn(c, ceaseNotice)) with
            {
                LegalBasis = "Children and Families Act 2014, sections 45 and 51(2)(f); SEND Regulations 2014, regulation 31(3); Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, rule 20",
            });
        }

        return Applying(WithMediation(deadlines, mediation, today), c, today);
    }

    /// <summary>
    /// The deadline of one request for advice (Reg 8(1)), lifted by any of its case's <paramref name="exceptions"/> that
    /// names advice and falls while it was due (Reg 8(2)): every page that shows advice as due or late reads it from here.
    /// </summary>
    public static Deadline AdviceFor(AdviceRequest advice, IEnumerable<TimescaleException> exceptions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return Lifted(Make(DeadlineKind.Advice, AdviceWhat(advice.Type), AdviceSubject(advice.Type),
            advice.Type == AdviceType.ParentOrYoungPerson ? Party.Family : Party.Contributor,
            $"{Regulations}, regulation 8(1)", advice.DueOn, advice.SubmittedOn, today) with { Contributor = advice.Type },
            [.. exceptions], ExceptionLimits.Advice, advice.RequestedOn);
    }

    /// <summary>"Health advice": the label of a contributor's advice.</summary>
    public static string AdviceWhat(AdviceType type) => type switch
    {
        AdviceType.ParentOrYoungPerson => "Family's advice",
        AdviceType.EducationalPsychology => "Educational psychologist's advice",
        _ => $"{AdviceTimeliness.DisplayName(type)} advice",
    };

    private static string AdviceSubject(AdviceType type) => type switch
    {
        AdviceType.ParentOrYoungPerson => "the family's advice",
        AdviceType.EducationalPsychology => "the educational psychologist's advice",
        _ => $"{AdviceTimeliness.DisplayName(type).ToLowerInvariant()} advice",
    };

    internal static Deadline Make(DeadlineKind kind, string what, string subject, Party who, string legalBasis, DateOnly due, DateOnly? metOn, DateOnly today) =>
        new(what, due, StatutoryClock.StateOf(due, metOn, today), today)
        {
            Kind = kind,
            Subject = subject,
            Who = who,
            LegalBasis = legalBasis,
            MetOn = metOn,
        };

    /// <summary>
    /// An exception lifts a limit only if it names that limit and its period falls while the limit's clock runs
    /// (from <paramref name="start"/> to the due day), and only where the limit was not met in time anyway.
    /// </summary>
    internal static Deadline Lifted(Deadline d, List<TimescaleException> exceptions, ExceptionLimits limit, DateOnly start) =>
        d.State is not DeadlineState.Met && exceptions.FirstOrDefault(e => e.Lifts(limit, start, d.Due)) is { } exception
            ? d with { State = DeadlineState.ExceptionApplies, Exception = exception, LiftedLimit = limit }
            : d;

    /// <param name="lodgedOn">When the family's appeal against the decision was registered, if it was: the right was used, not left to lapse.</param>
    internal static Deadline Appeal(DeadlineKind kind, DateOnly decision, DateOnly? mediationCertificateOn, DateOnly today, DateOnly? lodgedOn = null)
    {
        var due = StatutoryClock.AppealDue(decision, mediationCertificateOn);
        return new Deadline("Appeal to the SEND Tribunal", due, StatutoryClock.WindowStateOf(due, lodgedOn, today), today)
        {
            MetOn = lodgedOn,
            Kind = kind,
            Subject = "an appeal to the SEND Tribunal",
            Who = Party.Family,
            LegalBasis = AppealBasis,
        };
    }

    private static DateOnly? LodgedOn(AssessmentCase c, DateOnly decision) => c.Appeals.FirstOrDefault(a => a.DecisionOn == decision)?.LodgedOn;

    /// <summary>
    /// Once a case has closed, what was still to be done no longer is, except the family's right to appeal the decision
    /// that closed it and a mediation the council owes them.
    /// What a Tribunal order or an unopposed appeal requires is owed whether the case is open or not.
    /// </summary>
    private static IReadOnlyList<Deadline> Applying(List<Deadline> deadlines, AssessmentCase c, DateOnly today) =>
        [.. c.ClosedOn is null ? deadlines : deadlines.Where(d => !d.IsOpen || d.IsRight || d.Kind == DeadlineKind.MediationHeld), .. TribunalDeadlines.For(c, today),
            .. MediationAgreements(c, today)];

    /// <summary>
    /// What each mediation agreement requires of the council (Reg 42), owed whether the case is open or not: a step the portal
    /// records itself (a draft, final or amended plan, a decision not to issue one) is met by that record made on or after
    /// the agreement, anything else by the day the caseworker recorded the agreement carried out.
    /// </summary>
    public static IEnumerable<Deadline> MediationAgreements(AssessmentCase c, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        foreach (var mediation in c.Mediations.Where(m => m.AgreementOn is not null).OrderBy(m => m.AgreementOn))
        {
            var agreed = mediation.AgreementOn!.Value;
            var steps = mediation.AgreementRequires();
            // As after an order to assess: the decision not to issue a plan or the final plan, whichever comes, ends the other.
            var assessing = steps.Any(r => r.Step == ComplianceStep.FamilyToldOfAssessment);
            var noPlan = TribunalDeadlines.PortalRecord(c, ComplianceStep.NoPlanNotice, agreed);
            var final = TribunalDeadlines.PortalRecord(c, ComplianceStep.FinalPlan, agreed);
            foreach (var step in steps)
            {
                if (assessing && ((step.Step == ComplianceStep.NoPlanNotice && noPlan is null && (final is not null || today > step.Due))
                    || (step.Step == ComplianceStep.FinalPlan && noPlan is not null)))
                {
                    continue;
                }

                var (what, subject) = step.Step is { } s ? TribunalDeadlines.Words(s) : ("Agreed in mediation", $"what was agreed in mediation ({mediation.AgreedOther!.Trim()})");
                var met = (step.Step is { } portal ? TribunalDeadlines.PortalRecord(c, portal, agreed) : null) ?? mediation.AgreementDoneOn;
                yield return Make(DeadlineKind.MediationAgreement, what.Replace("(Tribunal)", "(mediation agreement)", StringComparison.Ordinal),
                    subject.Replace("after the appeal", "agreed in mediation", StringComparison.Ordinal), Party.Council, step.LegalBasis, step.Due, met, today);
            }
        }
    }

    /// <summary>The mediation the family asked for, which the council must hold within 30 days of being told.</summary>
    private static List<Deadline> WithMediation(List<Deadline> deadlines, Mediation? mediation, DateOnly today)
    {
        if (mediation?.ArrangeBy is { } arrangeBy)
        {
            deadlines.Add(Make(DeadlineKind.MediationHeld, "Mediation held", "the mediation the family asked for", Party.Council,
                "Children and Families Act 2014, section 53; SEND Regulations 2014, regulations 32 to 42", arrangeBy, mediation.HeldOn, today));
        }

        return deadlines;
    }
}
