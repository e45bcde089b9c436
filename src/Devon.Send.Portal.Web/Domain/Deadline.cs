namespace Devon.Send.Portal.Web.Domain;

public enum DeadlineState
{
    Due,
    DueSoon,
    Overdue,
    Met,
    MetLate,

    /// <summary>The time limit does not apply because an exception is recorded (Reg 10(4), 13(3)); see <see cref="Deadline.Exception"/>.</summary>
    ExceptionApplies,

    /// <summary>A family's window (to comment, to appeal) passed without being used: nobody is late.</summary>
    Lapsed,
}

/// <summary>Who must act for a deadline to be met.</summary>
public enum Party
{
    Council,

    /// <summary>A contributor of advice or reports: see <see cref="Deadline.Contributor"/> for which kind.</summary>
    Contributor,

    Family,
}

public enum DeadlineKind
{
    Other,
    DecisionToAssess,
    Advice,
    DecisionNotToIssuePlan,
    DraftPlanResponse,
    FinalPlan,
    AppealAgainstRefusal,
    AppealAgainstPlan,
    AnnualReview,
    ReviewPapers,
    ReviewReport,
    ReviewDecision,
    AmendmentNotice,
    AmendmentResponse,
    AmendedPlan,
    PhaseTransfer,

    /// <summary>The council's own target for reviewing the plan of a child under 5 (CoP 9.178): guidance, not law.</summary>
    UnderFiveReviewTarget,

    /// <summary>The family's right to appeal a decision not to issue a plan (s51(2)(b)).</summary>
    AppealAgainstNoPlan,

    /// <summary>The council holds the mediation the family asked for within 30 days of being told.</summary>
    MediationHeld,

    /// <summary>After a Tribunal order or an unopposed appeal (SEND Regulations 2014, regulations 44 and 45): the family told the council will assess.</summary>
    TribunalAssessmentNotice,

    /// <summary>After an order or concession to assess: a decision not to issue a plan, if the council makes one.</summary>
    TribunalNoPlanNotice,

    TribunalDraftPlan,
    TribunalFinalPlan,
    TribunalReconsideration,
    TribunalAmendedPlan,
    TribunalContinuePlan,
    TribunalCeasePlan,

    /// <summary>The old council transfers the plan to the new one when the child moves (Reg 15(2)).</summary>
    PlanTransfer,

    /// <summary>The family's right to appeal a decision to stop maintaining the plan (s51(2)(f)); the plan is maintained meanwhile.</summary>
    AppealAgainstCease,

    /// <summary>The family's right to appeal a decision not to amend the plan after proposing amendments (s51(2)(e)).</summary>
    AppealAgainstNoAmendment,

    /// <summary>The new council tells the family about a plan taken in from another council (Reg 15(4)).</summary>
    TransferNotice,

    /// <summary>The family's right to appeal the contents of an amended plan (s51(2)(c)).</summary>
    AppealAgainstAmendedPlan,

    /// <summary>What a mediation agreement requires of the council, by the limits of regulation 42.</summary>
    MediationAgreement,
}

/// <summary>
/// A statutory deadline: what must happen (<see cref="What"/>, a label; <see cref="Subject"/>, the same words inside
/// a sentence), who must act, by when, on what legal basis, and where it stands today, with the sentences a page shows.
/// </summary>
public sealed record Deadline(string What, DateOnly Due, DeadlineState State, DateOnly Today)
{
    public DeadlineKind Kind { get; init; }

    public Party Who { get; init; } = Party.Council;

    /// <summary>The kind of contributor who must act, when <see cref="Who"/> is a contributor or the family giving advice.</summary>
    public AdviceType? Contributor { get; init; }

    /// <summary>For example "SEND Regulations 2014, regulation 5(1)".</summary>
    public string LegalBasis { get; init; } = "";

    public DateOnly? MetOn { get; init; }

    /// <summary>The exception relied on, when <see cref="State"/> is <see cref="DeadlineState.ExceptionApplies"/>.</summary>
    public TimescaleException? Exception { get; init; }

    /// <summary>Which of the exception's limits this deadline is, for the regulation that lifts it.</summary>
    public ExceptionLimits LiftedLimit { get; init; }

    public string Subject { get; init; } = What;

    /// <summary>A right the family may use (an appeal) rather than something anyone owes.</summary>
    public bool IsRight => IsRightKind(Kind);

    public static bool IsRightKind(DeadlineKind kind) => kind is DeadlineKind.AppealAgainstRefusal or DeadlineKind.AppealAgainstPlan or DeadlineKind.AppealAgainstNoPlan
        or DeadlineKind.AppealAgainstCease or DeadlineKind.AppealAgainstNoAmendment or DeadlineKind.AppealAgainstAmendedPlan;

    /// <summary>The council's own target from guidance (CoP "should"), shown beside the law's limit and never as a breach of it.</summary>
    public bool IsTarget => IsTargetKind(Kind);

    public static bool IsTargetKind(DeadlineKind kind) => kind is DeadlineKind.UnderFiveReviewTarget;

    /// <summary>Something the council owes because of a Tribunal order or an unopposed appeal.</summary>
    public bool IsTribunal => Kind is DeadlineKind.TribunalAssessmentNotice or DeadlineKind.TribunalNoPlanNotice or DeadlineKind.TribunalDraftPlan
        or DeadlineKind.TribunalFinalPlan or DeadlineKind.TribunalReconsideration or DeadlineKind.TribunalAmendedPlan or DeadlineKind.TribunalContinuePlan
        or DeadlineKind.TribunalCeasePlan;

    /// <summary>Still to be done: due, due soon or overdue.</summary>
    public bool IsOpen => State is DeadlineState.Due or DeadlineState.DueSoon or DeadlineState.Overdue;

    public int DaysOverdue => State == DeadlineState.Overdue ? Today.DayNumber - Due.DayNumber : 0;

    public int DaysLeft => State is DeadlineState.Due or DeadlineState.DueSoon ? Due.DayNumber - Today.DayNumber : 0;

    public int DaysLate => State == DeadlineState.MetLate && MetOn is { } met ? met.DayNumber - Due.DayNumber : 0;

    /// <summary>Where this deadline stands, in one sentence: "Health advice is due by 3 March 2027."</summary>
    public string Sentence => State switch
    {
        DeadlineState.Overdue when IsTarget => $"{Capitalised} was {Due.ToUkDate()}: it has passed. The law's limit still applies.",
        DeadlineState.MetLate when IsTarget => $"{Capitalised} was {Due.ToUkDate()}: the review was held on {MetOn?.ToUkDate()}.",
        DeadlineState.Met when IsTarget => $"{Capitalised} was met: the review was held on {MetOn?.ToUkDate()}.",
        DeadlineState.Overdue => OverdueSentence,
        DeadlineState.Met or DeadlineState.MetLate when IsRight => $"{Capitalised} was made on {MetOn?.ToUkDate()}.",
        DeadlineState.Met => $"{Capitalised} was {DoneVerb} on {MetOn?.ToUkDate()}, {Early}.",
        DeadlineState.MetLate => $"{Capitalised} was {DoneVerb} on {MetOn?.ToUkDate()}, {Days(DaysLate)} late.",
        DeadlineState.ExceptionApplies => $"The time limit for {Subject} does not apply: {ExceptionReason} ({LiftedLimit.Regulation()}).",
        DeadlineState.Lapsed => $"The time for {Subject} ended on {Due.ToUkDate()}.",
        _ when IsRight => $"{Capitalised} can be made until {Due.ToUkDate()}.",
        _ when DaysLeft == 0 => $"{Capitalised} is due today.",
        _ => $"{Capitalised} is due by {Due.ToUkDate()}.",
    };

    /// <summary>"The council is waiting for health advice, due 3 March 2027."; empty unless someone owes it.</summary>
    public string WaitingSentence => IsOpen && !IsRight
        ? $"{(Who == Party.Council ? "The family" : "The council")} is waiting for {Subject}, due {Due.ToUkDate()}."
        : "";

    /// <summary>
    /// The same, as the family reads it about their own case: "You are waiting for the annual review meeting, due …",
    /// "The council is waiting for your response to the draft plan, due …".
    /// </summary>
    public string WaitingSentenceForFamily => IsOpen && !IsRight
        ? Who == Party.Council
            ? $"You are waiting for {SubjectForFamily}, due {Due.ToUkDate()}."
            : $"The council is waiting for {SubjectForFamily}, due {Due.ToUkDate()}."
        : "";

    private string SubjectForFamily => Subject.Replace("the family's ", "your ", StringComparison.Ordinal).Replace(" the family ", " you ", StringComparison.Ordinal);

    /// <summary>"Health advice is 4 days late."; empty unless overdue.</summary>
    public string OverdueSentence => State == DeadlineState.Overdue && !IsTarget ? $"{Capitalised} is {Days(DaysOverdue)} late." : "";

    /// <summary>"exceptional personal circumstances, from 3 March 2027 to 14 April 2027".</summary>
    public string ExceptionReason => Exception is null ? "" : string.Join(", ", new[] { Exception.Reason, Exception.Period }.Where(p => p.Length > 0));

    /// <summary>"made", "given", "issued": how the thing owed was done, so a met deadline reads as a sentence a family would write.</summary>
    public string DoneVerb => Kind switch
    {
        DeadlineKind.DecisionToAssess or DeadlineKind.DecisionNotToIssuePlan or DeadlineKind.ReviewDecision or DeadlineKind.TribunalNoPlanNotice
            or DeadlineKind.TribunalReconsideration => "made",
        DeadlineKind.Advice => "given",
        DeadlineKind.FinalPlan or DeadlineKind.AmendedPlan or DeadlineKind.PhaseTransfer or DeadlineKind.TribunalDraftPlan or DeadlineKind.TribunalFinalPlan
            or DeadlineKind.TribunalAmendedPlan => "issued",
        DeadlineKind.AnnualReview or DeadlineKind.MediationHeld => "held",
        DeadlineKind.DraftPlanResponse or DeadlineKind.AmendmentResponse or DeadlineKind.ReviewPapers or DeadlineKind.ReviewReport
            or DeadlineKind.AmendmentNotice or DeadlineKind.TribunalAssessmentNotice or DeadlineKind.TransferNotice => "sent",
        DeadlineKind.TribunalContinuePlan or DeadlineKind.TribunalCeasePlan => "decided",
        _ => "completed",
    };

    /// <summary>"5 days before the deadline", or "on the last day allowed".</summary>
    private string Early => MetOn is { } met && met < Due ? $"{Days(Due.DayNumber - met.DayNumber)} before the deadline" : "on the last day allowed";

    private string Capitalised => Subject.Length == 0 ? Subject : char.ToUpperInvariant(Subject[0]) + Subject[1..];

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
