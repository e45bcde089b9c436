namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// What the council must do, and by when, after a Tribunal order (SEND Regulations 2014, regulation 44(2)) or after
/// telling the Tribunal it will not oppose an appeal (regulation 45, as amended by SI 2015/359). "Within N weeks of the
/// order being made" (or of the council's notification) ends N × 7 days after that day; "immediately" is the day itself.
/// Each step is met by the portal's own record on or after that day (a draft or final plan issued, a decision not to
/// issue a plan), otherwise by the day the caseworker recorded it done.
/// </summary>
public static class TribunalDeadlines
{
    public const int NotifyAssessmentDays = 14;  // 44(2)(b), 45(3): 2 weeks
    public const int NoPlanNoticeDays = 70;      // 44(2)(b)(i), 45(3): 10 weeks
    public const int FinalAfterAssessmentDays = 98; // 44(2)(b)(ii), 45(3): 14 weeks
    public const int DraftPlanDays = 35;         // 44(2)(c)(i), 45(6): 5 weeks
    public const int FinalPlanDays = 77;         // 44(2)(c)(ii), 45(6): 11 weeks
    public const int ReconsiderDays = 14;        // 44(2)(d): 2 weeks
    public const int AmendProvisionDays = 35;    // 44(2)(e), 44(2)(h), 45(4): 5 weeks
    public const int AmendPlacementDays = 14;    // 44(2)(f), 45(5): 2 weeks

    private const string Regulations = "SEND Regulations 2014";

    /// <summary>One step the council owes, its last day and the paragraph that sets it.</summary>
    public sealed record Requirement(ComplianceStep Step, DateOnly Due, string LegalBasis);

    /// <summary>The steps an appeal's outcome requires of the council, from the day of the order or of its notification; none unless it binds the council.</summary>
    public static IReadOnlyList<Requirement> Required(TribunalAppeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        if (!appeal.BindsCouncil || appeal.OutcomeOn is not { } from)
        {
            return [];
        }

        var list = new List<Requirement>();
        void Add(ComplianceStep step, int days, string paragraph) => list.Add(new(step, from.AddDays(days), $"{Regulations}, regulation {paragraph}"));

        if (appeal.Outcome == AppealOutcome.Dismissed)
        {
            Add(ComplianceStep.CeaseToMaintain, 0, "44(2)(a)");
            return list;
        }

        if (appeal.Outcome == AppealOutcome.Unopposed)
        {
            switch (appeal.Decision)
            {
                case AppealedDecision.RefusalToAssess or AppealedDecision.RefusalToReassess:
                    Add(ComplianceStep.FamilyToldOfAssessment, NotifyAssessmentDays, "45(3)");
                    Add(ComplianceStep.NoPlanNotice, NoPlanNoticeDays, "45(3)");
                    Add(ComplianceStep.FinalPlan, FinalAfterAssessmentDays, "45(3)");
                    break;
                case AppealedDecision.PlanContents when appeal.PlacementOnly:
                    Add(ComplianceStep.AmendedPlan, AmendPlacementDays, "45(5)");
                    break;
                case AppealedDecision.PlanContents or AppealedDecision.RefusalToAmend:
                    Add(ComplianceStep.AmendedPlan, AmendProvisionDays, "45(4)");
                    break;
                case AppealedDecision.RefusalToMakePlan:
                    Add(ComplianceStep.DraftPlan, DraftPlanDays, "45(6)");
                    Add(ComplianceStep.FinalPlan, FinalPlanDays, "45(6)");
                    break;
                case AppealedDecision.Ceasing:
                    Add(ComplianceStep.ContinueToMaintain, 0, "45");
                    break;
            }

            return list;
        }

        return Ordered(appeal.Orders, from, paragraph => $"{Regulations}, regulation {paragraph}");
    }

    /// <summary>
    /// The steps an order requires, from <paramref name="from"/> (Reg 44(2)); a mediation agreement on matters the family
    /// could appeal requires the same, as if it were an order (Reg 42(2)). <paramref name="basis"/> names each paragraph.
    /// </summary>
    public static List<Requirement> Ordered(TribunalOrders orders, DateOnly from, Func<string, string> basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var list = new List<Requirement>();
        void Add(ComplianceStep step, int days, string paragraph) => list.Add(new(step, from.AddDays(days), basis(paragraph)));

        if (orders.HasFlag(TribunalOrders.Assess))
        {
            Add(ComplianceStep.FamilyToldOfAssessment, NotifyAssessmentDays, "44(2)(b)");
            Add(ComplianceStep.NoPlanNotice, NoPlanNoticeDays, "44(2)(b)(i)");
            Add(ComplianceStep.FinalPlan, FinalAfterAssessmentDays, "44(2)(b)(ii)");
        }

        if (orders.HasFlag(TribunalOrders.MakePlan))
        {
            Add(ComplianceStep.DraftPlan, DraftPlanDays, "44(2)(c)(i)");
            Add(ComplianceStep.FinalPlan, FinalPlanDays, "44(2)(c)(ii)");
        }

        if (orders.HasFlag(TribunalOrders.Reconsider))
        {
            Add(ComplianceStep.Reconsidered, ReconsiderDays, "44(2)(d)");
        }

        if (orders.HasFlag(TribunalOrders.ContinueToMaintain))
        {
            Add(ComplianceStep.ContinueToMaintain, 0, orders.HasFlag(TribunalOrders.AmendProvision) ? "44(2)(h)" : "44(2)(g)");
        }

        // One amended plan: 5 weeks when the provision changes (with or without the school), 2 weeks for the school alone.
        if (orders.HasFlag(TribunalOrders.AmendProvision))
        {
            Add(ComplianceStep.AmendedPlan, AmendProvisionDays, orders.HasFlag(TribunalOrders.ContinueToMaintain) ? "44(2)(h)" : "44(2)(e)");
        }
        else if (orders.HasFlag(TribunalOrders.AmendPlacement))
        {
            Add(ComplianceStep.AmendedPlan, AmendPlacementDays, "44(2)(f)");
        }

        return list;
    }

    /// <summary>
    /// The council's deadlines from every appeal on the case that binds it, each met by the case's own record made on or
    /// after the order (or notification) where the portal keeps one, otherwise by the caseworker's record. After an order
    /// or concession to assess, the council either tells the family within 10 weeks that it will not issue a plan or
    /// sends the final plan within 14: once one is done the other is not owed, and the 10 weeks, once passed with no
    /// decision not to issue a plan, leave only the final plan owed. An exception of Reg 44(3) (or of Reg 45, after an
    /// appeal not opposed) lifts a step whose time ran during its period, as the assessment's exceptions do.
    /// </summary>
    public static IReadOnlyList<Deadline> For(AssessmentCase c, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        var deadlines = new List<Deadline>();
        var exceptions = c.TimescaleExceptions.OrderBy(e => e.RecordedAt).ToList();
        foreach (var appeal in c.Appeals.Where(a => a.BindsCouncil).OrderBy(a => a.OutcomeOn))
        {
            var from = appeal.OutcomeOn!.Value;
            var limit = appeal.Outcome == AppealOutcome.Unopposed ? ExceptionLimits.UnopposedAppeal : ExceptionLimits.TribunalOrder;
            var required = Required(appeal);
            DateOnly? MetOn(ComplianceStep step) => PortalRecord(c, step, from) ?? appeal.RecordedStep(step);
            var noPlan = MetOn(ComplianceStep.NoPlanNotice);
            var final = MetOn(ComplianceStep.FinalPlan);
            var assessing = required.Any(r => r.Step == ComplianceStep.FamilyToldOfAssessment);
            foreach (var r in required)
            {
                if (assessing && r.Step == ComplianceStep.NoPlanNotice && noPlan is null && (final is not null || today > r.Due))
                {
                    continue;
                }

                if (assessing && r.Step == ComplianceStep.FinalPlan && noPlan is not null)
                {
                    continue;
                }

                var (what, subject) = Words(r.Step);
                deadlines.Add(AssessmentDeadlines.Lifted(AssessmentDeadlines.Make(KindOf(r.Step), what, subject, Party.Council, r.LegalBasis, r.Due, MetOn(r.Step), today),
                    exceptions, limit, from));
            }
        }

        return deadlines;
    }

    /// <summary>The day the portal itself recorded a step, if it did so on or after <paramref name="from"/>.</summary>
    public static DateOnly? PortalRecord(AssessmentCase c, ComplianceStep step, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(c);
        var day = step switch
        {
            ComplianceStep.DraftPlan => c.DraftPlanIssuedOn,
            ComplianceStep.FinalPlan => c.FinalPlanIssuedOn,
            ComplianceStep.NoPlanNotice => c.NoPlanDecidedOn,
            ComplianceStep.AmendedPlan => c.PlanAmendedOn,
            _ => null,
        };
        return day >= from ? day : null;
    }

    public static DeadlineKind KindOf(ComplianceStep step) => step switch
    {
        ComplianceStep.FamilyToldOfAssessment => DeadlineKind.TribunalAssessmentNotice,
        ComplianceStep.NoPlanNotice => DeadlineKind.TribunalNoPlanNotice,
        ComplianceStep.DraftPlan => DeadlineKind.TribunalDraftPlan,
        ComplianceStep.FinalPlan => DeadlineKind.TribunalFinalPlan,
        ComplianceStep.Reconsidered => DeadlineKind.TribunalReconsideration,
        ComplianceStep.AmendedPlan => DeadlineKind.TribunalAmendedPlan,
        ComplianceStep.ContinueToMaintain => DeadlineKind.TribunalContinuePlan,
        ComplianceStep.CeaseToMaintain => DeadlineKind.TribunalCeasePlan,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The label of a step and the same words inside a sentence.</summary>
    public static (string What, string Subject) Words(ComplianceStep step) => step switch
    {
        ComplianceStep.FamilyToldOfAssessment => ("Family told the council will assess (Tribunal)", "the letter telling the family the council will assess"),
        ComplianceStep.NoPlanNotice => ("Any decision not to issue a plan (Tribunal)", "any decision not to issue a plan, with reasons"),
        ComplianceStep.DraftPlan => ("Draft plan (Tribunal)", "the draft plan after the appeal"),
        ComplianceStep.FinalPlan => ("Final plan (Tribunal)", "the final plan after the appeal"),
        ComplianceStep.Reconsidered => ("Decision reconsidered (Tribunal)", "the council's reconsidered decision"),
        ComplianceStep.AmendedPlan => ("Amended plan (Tribunal)", "the amended plan after the appeal"),
        ComplianceStep.ContinueToMaintain => ("Plan continued (Tribunal)", "continuing the plan"),
        ComplianceStep.CeaseToMaintain => ("Plan ceased (Tribunal)", "ceasing the plan"),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
