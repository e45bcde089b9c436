namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// The family's appeal to the First-tier Tribunal (SEND) against one decision on a case (Children and Families Act
/// 2014, section 51(2)): when it was lodged, and how it ended. An order, or the council telling the Tribunal before
/// its response that it will not oppose the appeal, gives the council fixed times to act (SEND Regulations 2014,
/// regulations 44 and 45); each step the council takes is met by the portal's own record (a draft or final plan, a
/// decision not to issue one) where there is one, or by the caseworker recording the day it was done.
/// </summary>
public sealed class TribunalAppeal
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }

    /// <summary>Which decision is appealed.</summary>
    public AppealedDecision Decision { get; init; }

    /// <summary>The day of the decision appealed: one appeal a decision, so it marks that decision's time to appeal as used.</summary>
    public DateOnly DecisionOn { get; init; }

    /// <summary>The day the Tribunal registered the appeal.</summary>
    public DateOnly LodgedOn { get; init; }

    /// <summary>For an appeal about the plan: only the school or other institution named in it (section I) is appealed.</summary>
    public bool PlacementOnly { get; init; }

    public AppealOutcome? Outcome { get; set; }

    /// <summary>The day of the outcome: of the order, of the council telling the Tribunal it will not oppose, of withdrawal or dismissal.</summary>
    public DateOnly? OutcomeOn { get; set; }

    /// <summary>What an order requires of the council (Reg 43(2), 44(2)); none unless <see cref="Outcome"/> is an order.</summary>
    public TribunalOrders Orders { get; set; }

    /// <summary>The days the caseworker recorded each step done, for steps the portal has no record of its own.</summary>
    public DateOnly? FamilyToldOfAssessmentOn { get; set; }
    public DateOnly? NoPlanNoticeOn { get; set; }
    public DateOnly? DraftPlanOn { get; set; }
    public DateOnly? FinalPlanOn { get; set; }
    public DateOnly? ReconsideredOn { get; set; }
    public DateOnly? AmendedPlanOn { get; set; }
    public DateOnly? ContinuedOn { get; set; }
    public DateOnly? CeasedOn { get; set; }

    public string? RecordedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The appeal is still before the Tribunal.</summary>
    public bool IsOpen => Outcome is null;

    /// <summary>The council must act: the Tribunal ordered it, or the council did not oppose the appeal.</summary>
    public bool BindsCouncil => Outcome is AppealOutcome.Ordered or AppealOutcome.Unopposed
        || (Outcome is AppealOutcome.Dismissed && Decision == AppealedDecision.Ceasing);

    /// <summary>The day a step was recorded as done, by the caseworker.</summary>
    public DateOnly? RecordedStep(ComplianceStep step) => step switch
    {
        ComplianceStep.FamilyToldOfAssessment => FamilyToldOfAssessmentOn,
        ComplianceStep.NoPlanNotice => NoPlanNoticeOn,
        ComplianceStep.DraftPlan => DraftPlanOn,
        ComplianceStep.FinalPlan => FinalPlanOn,
        ComplianceStep.Reconsidered => ReconsideredOn,
        ComplianceStep.AmendedPlan => AmendedPlanOn,
        ComplianceStep.ContinueToMaintain => ContinuedOn,
        ComplianceStep.CeaseToMaintain => CeasedOn,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>Records that a step was done on <paramref name="day"/>.</summary>
    public void RecordStep(ComplianceStep step, DateOnly day)
    {
        switch (step)
        {
            case ComplianceStep.FamilyToldOfAssessment: FamilyToldOfAssessmentOn = day; break;
            case ComplianceStep.NoPlanNotice: NoPlanNoticeOn = day; break;
            case ComplianceStep.DraftPlan: DraftPlanOn = day; break;
            case ComplianceStep.FinalPlan: FinalPlanOn = day; break;
            case ComplianceStep.Reconsidered: ReconsideredOn = day; break;
            case ComplianceStep.AmendedPlan: AmendedPlanOn = day; break;
            case ComplianceStep.ContinueToMaintain: ContinuedOn = day; break;
            case ComplianceStep.CeaseToMaintain: CeasedOn = day; break;
            default: throw new ArgumentOutOfRangeException(nameof(step));
        }
    }
}

/// <summary>The decisions a family may appeal (Children and Families Act 2014, section 51(2)).</summary>
public enum AppealedDecision
{
    /// <summary>s51(2)(a): a refusal to carry out an EHC needs assessment.</summary>
    RefusalToAssess,

    /// <summary>s51(2)(b): a decision, after assessing, not to issue an EHC plan.</summary>
    RefusalToMakePlan,

    /// <summary>s51(2)(c): the plan's special educational needs or provision, or the school or institution named.</summary>
    PlanContents,

    /// <summary>s51(2)(d): a refusal to reassess.</summary>
    RefusalToReassess,

    /// <summary>s51(2)(e): a decision not to amend the plan after a review or reassessment.</summary>
    RefusalToAmend,

    /// <summary>s51(2)(f): a decision to cease to maintain the plan.</summary>
    Ceasing,
}

public enum AppealOutcome
{
    Withdrawn,
    Dismissed,

    /// <summary>The council told the Tribunal it would not oppose the appeal before its response (Reg 45): treated as decided for the family.</summary>
    Unopposed,

    /// <summary>The Tribunal made an order requiring the council to act (Reg 43(2), 44).</summary>
    Ordered,
}

/// <summary>What a Tribunal order requires (SEND Regulations 2014, regulation 43(2)).</summary>
[Flags]
public enum TribunalOrders
{
    None = 0,

    /// <summary>Make an assessment or a reassessment (Reg 44(2)(b)).</summary>
    Assess = 1,

    /// <summary>Make and maintain an EHC plan (Reg 44(2)(c)).</summary>
    MakePlan = 2,

    /// <summary>Reconsider, the case being referred back to the council (Reg 44(2)(d)).</summary>
    Reconsider = 4,

    /// <summary>Amend the special educational provision (Reg 44(2)(e)).</summary>
    AmendProvision = 8,

    /// <summary>Amend the school or other institution named (Reg 44(2)(f)).</summary>
    AmendPlacement = 16,

    /// <summary>Continue to maintain the plan (Reg 44(2)(g)); with an amendment, Reg 44(2)(h).</summary>
    ContinueToMaintain = 32,
}

/// <summary>One thing an order or an unopposed appeal requires the council to do.</summary>
public enum ComplianceStep
{
    FamilyToldOfAssessment,
    NoPlanNotice,
    DraftPlan,
    FinalPlan,
    Reconsidered,
    AmendedPlan,
    ContinueToMaintain,
    CeaseToMaintain,
}

public static class TribunalAppealWords
{
    /// <summary>"the decision not to issue an EHC plan": the decision appealed, in plain words.</summary>
    public static string Describe(this AppealedDecision decision) => decision switch
    {
        AppealedDecision.RefusalToAssess => "the decision not to carry out an EHC needs assessment",
        AppealedDecision.RefusalToMakePlan => "the decision not to issue an EHC plan",
        AppealedDecision.PlanContents => "the EHC plan: the needs, the provision or the school named",
        AppealedDecision.RefusalToReassess => "the decision not to reassess",
        AppealedDecision.RefusalToAmend => "the decision not to amend the EHC plan",
        AppealedDecision.Ceasing => "the decision to stop maintaining the EHC plan",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    public static string Describe(this AppealOutcome outcome) => outcome switch
    {
        AppealOutcome.Withdrawn => "Withdrawn",
        AppealOutcome.Dismissed => "Dismissed by the Tribunal",
        AppealOutcome.Unopposed => "Not opposed by the council (regulation 45)",
        AppealOutcome.Ordered => "The Tribunal ordered the council to act",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
