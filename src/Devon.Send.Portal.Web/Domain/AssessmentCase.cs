namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One journey from a request for an EHC needs assessment to a final plan (or a refusal or closure),
/// and the plan's reviews after that. The dates are the facts; everything else is derived from them.
/// Cases run in the portal and the history imported from the council's previous system are the same rows,
/// so the performance figures are computed from one set of data.
/// </summary>
public sealed class AssessmentCase
{
    public const int ReferenceMaxLength = 40;
    public const int ClosureReasonMaxLength = 200;
    public const int NoPlanReasonsMaxLength = 4000;
    public const string NoPlanClosure = "no_plan";
    public const string TransferredOutClosure = "transferred_out";
    public const int CouncilNameMaxLength = 200;

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The council's reference for the case, unique: the previous system's for imported history, generated for the portal's own.</summary>
    public string CaseReference { get; init; } = NewReference();

    /// <summary>Null for history imported from the previous system, which has no child record in the portal (so no one can open it).</summary>
    public Guid? ChildId { get; init; }

    public Child? Child { get; init; }
    public DateOnly RequestReceivedOn { get; set; }
    public DateOnly? DecisionToAssessOn { get; set; }
    public DateOnly? RefusedOn { get; set; }
    public DateOnly? DraftPlanIssuedOn { get; set; }

    /// <summary>The last day the family has to respond to the latest draft; null for imported history, counted then from the issue date.</summary>
    public DateOnly? DraftResponseDueOn { get; set; }
    public DateOnly? FinalPlanIssuedOn { get; set; }

    /// <summary>
    /// The day the latest amended plan (or a later final version that replaced the plan) was sent: the family may appeal
    /// its contents afresh (s51(2)(c)); null while the plan is the first final plan.
    /// </summary>
    public DateOnly? PlanAmendedOn { get; set; }

    /// <summary>
    /// The day of the latest decision not to amend the plan after a review (s51(2)(e)): to keep it as it is after the
    /// annual review (Reg 20(10)), or not to make the amendments proposed (Reg 22(4)).
    /// </summary>
    public DateOnly? RefusedToAmendOn { get; set; }

    /// <summary>When the council decided, after assessing, not to issue a plan (Reg 10); the case closes that day.</summary>
    public DateOnly? NoPlanDecidedOn { get; set; }

    /// <summary>Why the council decided not to issue a plan, as the family is told.</summary>
    public string? NoPlanReasons { get; set; }
    public DateOnly? LastAnnualReviewOn { get; set; }

    /// <summary>The day the child moves (or moved) into another council's area, taking the plan with them (Reg 15(1)).</summary>
    public DateOnly? MoveOutOn { get; set; }

    /// <summary>The day the council became aware of the move, from which its 15 working days may run (Reg 15(2)).</summary>
    public DateOnly? MoveLearnedOn { get; set; }

    /// <summary>The council the plan is transferred to (the new authority).</summary>
    public string? TransferToCouncil { get; set; }

    /// <summary>The day the plan was sent to the new council: from then it maintains the plan (Reg 15(3)), and this case closes.</summary>
    public DateOnly? TransferredOutOn { get; set; }

    /// <summary>
    /// The day the plan arrived from another council, which maintains it from then (Reg 15(3)); null for a plan made here.
    /// Such a case was not assessed here, so it is left out of the 20-week timeliness figures.
    /// </summary>
    public DateOnly? TransferredInOn { get; init; }

    /// <summary>The council the plan came from (the old authority).</summary>
    public string? FromCouncil { get; init; }

    /// <summary>
    /// The day the family was told the plan had been transferred, whether the council proposes to assess their needs and
    /// when it proposes to review the plan (Reg 15(4)).
    /// </summary>
    public DateOnly? TransferNoticeOn { get; set; }

    /// <summary>What the family was told: whether the council proposes to make an EHC needs assessment (Reg 15(4)(b)).</summary>
    public bool? TransferReassessing { get; set; }

    /// <summary>When the family was told the council proposes to review the plan (Reg 15(4)(c)), by the limit of Reg 15(5).</summary>
    public DateOnly? TransferReviewProposedOn { get; set; }

    /// <summary>
    /// The day the old council's advice from its own assessment arrived with the plan: a new assessment may use it instead
    /// of asking again where the adviser, both councils and the family are satisfied it is enough (Reg 15(3)(b)).
    /// </summary>
    public DateOnly? TransferAdviceReceivedOn { get; set; }

    /// <summary>Which advice came, from whom and of what date, as the caseworker lists it.</summary>
    public string? TransferAdvice { get; set; }

    /// <summary>The health commissioning body responsible for the child after the move, when it changed with it (Reg 16).</summary>
    public string? NewHealthBody { get; set; }

    /// <summary>The day the new health commissioning body was told of the change (Reg 16): its 15 working days run from it.</summary>
    public DateOnly? NewHealthBodyToldOn { get; set; }

    /// <summary>The last day the new health commissioning body may ask the council to assess or review the plan, if it cannot arrange its health provision (Reg 16).</summary>
    public DateOnly? HealthBodyRequestDue => NewHealthBodyToldOn is { } told ? StatutoryClock.HealthBodyRequestDue(told) : null;

    public const int TransferAdviceMaxLength = 1000;

    public DateOnly? ClosedOn { get; set; }

    /// <summary>
    /// The day a Tribunal order to assess or to make a plan (Reg 44(2)(b), (c)), or the council not opposing such an
    /// appeal (Reg 45(3), (6)), reopened this case after a refusal to assess or a decision not to issue a plan.
    /// </summary>
    public DateOnly? ReopenedOn { get; set; }

    /// <summary>The appeal whose outcome reopened the case.</summary>
    public Guid? ReopenedByAppealId { get; set; }

    /// <summary>The day of the refusal to assess the reopening set aside, kept so its 6-week limit stays as it was met.</summary>
    public DateOnly? RefusedBeforeReopeningOn { get; set; }

    /// <summary>The day of the decision not to issue a plan the reopening set aside, kept so its 16-week limit stays as it was met.</summary>
    public DateOnly? NoPlanBeforeReopeningOn { get; set; }

    /// <summary>Why a case closed without a plan or ended (for example "withdrawn", "moved_away"), as the council records it.</summary>
    public string? ClosureReason { get; set; }

    /// <summary>When the case was last written by an import of case history; null for the portal's own cases.</summary>
    public DateTimeOffset? ImportedAt { get; set; }

    public List<AdviceRequest> AdviceRequests { get; } = [];

    /// <summary>Exceptions to the 16- and 20-week limits relied on for this case; a case with one is left out of the timeliness figure.</summary>
    public List<TimescaleException> TimescaleExceptions { get; } = [];

    /// <summary>The plan's annual reviews, once there is a final plan.</summary>
    public List<AnnualReview> AnnualReviews { get; } = [];

    /// <summary>The family's mediations, one for each appealable decision they took to a mediation adviser.</summary>
    public List<Mediation> Mediations { get; } = [];

    /// <summary>The family's appeals to the First-tier Tribunal (SEND), one for each decision appealed.</summary>
    public List<TribunalAppeal> Appeals { get; } = [];

    /// <summary>Proposals to stop maintaining the plan (s45, Reg 31), each with its decision once made.</summary>
    public List<PlanCessation> Cessations { get; } = [];

    /// <summary>The latest proposal to stop maintaining the plan, open or decided; the cessations must have been loaded.</summary>
    public PlanCessation? CurrentCessation => Cessations.MaxBy(x => x.ProposedAt);

    /// <summary>The council may propose to stop maintaining a plan once there is a final plan, unless a proposal is open or the plan is ceasing.</summary>
    public bool MayProposeCessation => FinalPlanIssuedOn is not null && ClosedOn is null && CurrentCessation is not ({ IsOpen: true } or { IsCeasing: true });

    /// <summary>A decision not to issue a plan may be made while assessing: after the decision to assess, before any draft, while the case is open.</summary>
    public bool MayDecideNoPlan => DecisionToAssessOn is not null && DraftPlanIssuedOn is null && FinalPlanIssuedOn is null && ClosedOn is null && RefusedOn is null;

    /// <summary>
    /// The latest decision the family may appeal, if any (s51(2)): the refusal to assess, or the decision not to issue a
    /// plan; once there is a plan, the latest of the plan as last issued (the final plan, or an amended one), a decision not
    /// to amend it after a review, and the notice of a decision to stop maintaining it (the cessations must have been loaded).
    /// </summary>
    public (AppealedDecision Decision, DateOnly On)? AppealableDecision
    {
        get
        {
            if (RefusedOn is { } refused)
            {
                return (Domain.AppealedDecision.RefusalToAssess, refused);
            }

            if (NoPlanDecidedOn is { } noPlan)
            {
                return (Domain.AppealedDecision.RefusalToMakePlan, noPlan);
            }

            (AppealedDecision, DateOnly)? latest = null;
            foreach (var (decision, on) in new[]
            {
                (Domain.AppealedDecision.PlanContents, PlanAmendedOn ?? FinalPlanIssuedOn),
                (Domain.AppealedDecision.RefusalToAmend, RefusedToAmendOn),
                (Domain.AppealedDecision.Ceasing, CeaseNoticeOn),
            })
            {
                if (on is { } day && (latest is null || day >= latest.Value.Item2))
                {
                    latest = (decision, day);
                }
            }

            return latest;
        }
    }

    /// <summary>The day of the latest decision the family may appeal, if any (<see cref="AppealableDecision"/>).</summary>
    public DateOnly? AppealableDecisionOn => AppealableDecision?.On;

    /// <summary>The day the notice of a decision to stop maintaining the plan was sent, if the latest proposal ended in one.</summary>
    public DateOnly? CeaseNoticeOn => CurrentCessation is { IsCeasing: true } ceasing ? ceasing.NoticeSentOn : null;

    /// <summary>The mediation about the latest appealable decision, if the family has recorded one; the mediations must have been loaded.</summary>
    public Mediation? CurrentMediation => AppealableDecisionOn is { } decided ? Mediations.FirstOrDefault(m => m.DecisionOn == decided) : null;

    /// <summary>The appeal against the latest appealable decision, if the family lodged one; the appeals must have been loaded.</summary>
    public TribunalAppeal? CurrentAppeal => AppealableDecisionOn is { } decided ? Appeals.FirstOrDefault(a => a.DecisionOn == decided) : null;

    /// <summary>A move out of the area may be recorded while the council maintains a plan: after the final plan, while the case is open, once.</summary>
    public bool MayRecordMoveOut => FinalPlanIssuedOn is not null && ClosedOn is null && MoveOutOn is null;

    /// <summary>The last day to transfer the plan to the new council (Reg 15(2)), once a move out is recorded.</summary>
    public DateOnly? TransferOutDue => MoveOutOn is { } move && MoveLearnedOn is { } learned ? StatutoryClock.PlanTransferDue(move, learned) : null;

    /// <summary>The last day to tell the family about a plan taken in from another council (Reg 15(4)); null for a plan made here.</summary>
    public DateOnly? TransferNoticeDue => TransferredInOn is { } transferred ? StatutoryClock.TransferNoticeDue(transferred) : null;

    /// <summary>The final plan is the one another council made and sent here (Reg 15(3)), not one issued after an assessment here.</summary>
    public bool IsPlanMadeElsewhere => TransferredInOn is { } arrived && FinalPlanIssuedOn <= arrived;

    /// <summary>The notice of Reg 15(4) may be recorded once, for a plan taken in from another council, while the case is open.</summary>
    public bool MayRecordTransferNotice => TransferredInOn is not null && TransferNoticeOn is null && ClosedOn is null;

    /// <summary>The last day to hold the plan's next review meeting (s44(1), Reg 15(5)); null before the final plan.</summary>
    public DateOnly? ReviewDue => FinalPlanIssuedOn is { } final ? StatutoryClock.ReviewDue(LastAnnualReviewOn ?? final, TransferredInOn) : null;

    /// <summary>
    /// Records the family told on <paramref name="toldOn"/> that the plan has been transferred, whether the council will
    /// assess (<paramref name="reassessing"/>) and that it will review the plan by <paramref name="reviewBy"/> (Reg 15(4)).
    /// </summary>
    public void RecordTransferNotice(DateOnly toldOn, bool reassessing, DateOnly reviewBy)
    {
        if (!MayRecordTransferNotice)
        {
            throw new InvalidOperationException("The family can be told once about a plan taken in from another council, while the case is open.");
        }

        if (toldOn < TransferredInOn || reviewBy > ReviewDue)
        {
            throw new ArgumentOutOfRangeException(nameof(toldOn), "The notice follows the transfer, and the review it proposes is within the limit of Reg 15(5).");
        }

        TransferNoticeOn = toldOn;
        TransferReassessing = reassessing;
        TransferReviewProposedOn = reviewBy;
    }

    /// <summary>Records the child's move to <paramref name="council"/>'s area on <paramref name="moveOn"/>, learned of on <paramref name="learnedOn"/>.</summary>
    public void RecordMoveOut(DateOnly moveOn, DateOnly learnedOn, string council)
    {
        if (!MayRecordMoveOut)
        {
            throw new InvalidOperationException("A move out can only be recorded once, while the council maintains the child's plan.");
        }

        MoveOutOn = moveOn;
        MoveLearnedOn = learnedOn;
        TransferToCouncil = council.Trim();
    }

    /// <summary>Records the plan sent to the new council on <paramref name="day"/>: the new council maintains it from then, and the case closes.</summary>
    public void RecordTransferredOut(DateOnly day)
    {
        if (MoveOutOn is null || TransferredOutOn is not null)
        {
            throw new InvalidOperationException("The plan can be transferred once, after the move is recorded.");
        }

        TransferredOutOn = day;
        ClosedOn = day;
        ClosureReason = TransferredOutClosure;
    }

    /// <summary>
    /// True when <paramref name="appeal"/>'s outcome reopens this case: an order to assess or to make a plan, or the
    /// council not opposing an appeal against a refusal to assess or a decision not to issue a plan, against the
    /// refusal or the decision not to issue a plan that still stands on the case.
    /// </summary>
    public bool IsReopenedBy(TribunalAppeal appeal)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        var requires = appeal.Outcome switch
        {
            AppealOutcome.Ordered => (appeal.Orders & (TribunalOrders.Assess | TribunalOrders.MakePlan)) != 0,
            AppealOutcome.Unopposed => appeal.Decision is AppealedDecision.RefusalToAssess or AppealedDecision.RefusalToReassess or AppealedDecision.RefusalToMakePlan,
            _ => false,
        };
        var standing = (RefusedOn == appeal.DecisionOn && ClosedOn is null)
            || (NoPlanDecidedOn == appeal.DecisionOn && ClosureReason == NoPlanClosure);
        return requires && standing && appeal.OutcomeOn is not null && FinalPlanIssuedOn is null;
    }

    /// <summary>
    /// Reopens the case after <paramref name="appeal"/>'s order or concession, from its day: the refusal or the closure
    /// it set aside no longer stands, so the council assesses (or, ordered to make a plan, writes one) on this same
    /// case and its pages. The original decision stays on the case and on the appeal, with the limits it met; the
    /// Tribunal's limits replace the 16 and 20 weeks from here.
    /// </summary>
    public void Reopen(TribunalAppeal appeal)
    {
        if (!IsReopenedBy(appeal))
        {
            throw new InvalidOperationException("Only an order to assess or to make a plan, or an appeal against a refusal the council did not oppose, reopens the case it was about.");
        }

        var day = appeal.OutcomeOn!.Value;
        ReopenedOn = day;
        ReopenedByAppealId = appeal.Id;
        if (RefusedOn is { } refused)
        {
            RefusedBeforeReopeningOn = refused;
            RefusedOn = null;
            DecisionToAssessOn = day;
        }

        if (NoPlanDecidedOn is { } noPlan)
        {
            NoPlanBeforeReopeningOn = noPlan;
            NoPlanDecidedOn = null;
        }

        ClosedOn = null;
        ClosureReason = null;
    }

    /// <summary>Records the decision not to issue a plan (Reg 10) on <paramref name="day"/>, which closes the case.</summary>
    public void RecordNoPlan(DateOnly day, string reasons)
    {
        if (!MayDecideNoPlan)
        {
            throw new InvalidOperationException("A decision not to issue a plan can only be made while assessing, before a draft plan.");
        }

        NoPlanDecidedOn = day;
        NoPlanReasons = reasons.Trim();
        ClosedOn = day;
        ClosureReason = NoPlanClosure;
    }

    /// <summary>
    /// Dates the case for a plan version issued on <paramref name="day"/>: the latest draft dates the draft plan (and
    /// the family's time to respond, <paramref name="respondBy"/>, from the day it was served on them); the
    /// first final plan dates the final plan, which a later one never moves; an amended plan, or a later final version,
    /// dates the plan's amendment, from which the family may appeal its contents again (s51(2)(c)).
    /// </summary>
    public void RecordPlanIssued(PlanVersionKind kind, DateOnly day, DateOnly? respondBy = null)
    {
        if (kind == PlanVersionKind.Draft)
        {
            DraftPlanIssuedOn = day;
            DraftResponseDueOn = respondBy ?? StatutoryClock.DraftResponseDue(day);
        }
        else if (kind == PlanVersionKind.Final && (FinalPlanIssuedOn is null || day <= FinalPlanIssuedOn))
        {
            // The case may already be dated by the final plan (history recorded before its version was issued here).
            FinalPlanIssuedOn ??= day;
        }
        else if (kind is PlanVersionKind.Final or PlanVersionKind.AmendedFinal)
        {
            PlanAmendedOn = day;
        }
    }

    /// <summary>A reference for a case opened in the portal: "DSP-" and eight characters that cannot be misread.</summary>
    public static string NewReference()
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        return "DSP-" + System.Security.Cryptography.RandomNumberGenerator.GetString(alphabet, 8);
    }
}
