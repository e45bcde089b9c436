namespace Devon.Send.Portal.Web.Domain;

/// <summary>The two grounds on which a council may stop maintaining a plan (Children and Families Act 2014, section 45(1)).</summary>
public enum CessationGround
{
    /// <summary>It is no longer necessary for the plan to be maintained (s45(1)(b)).</summary>
    NoLongerNecessary,

    /// <summary>The council is no longer responsible for the child or young person (s45(1)(a), (2)): for example higher education, paid work, 25.</summary>
    NoLongerResponsible,
}

/// <summary>What the council decided after consulting on ceasing: stop maintaining the plan, or keep it.</summary>
public enum CessationDecision
{
    Cease,
    Keep,
}

/// <summary>
/// The council considering whether to stop maintaining a plan (Children and Families Act 2014, section 45; SEND
/// Regulations 2014, regulations 29 to 31): the proposal, of which the family is told and on which they and the head
/// teacher or principal of the named school or college are consulted (Reg 31(1)); their views; and the decision, with
/// reasons, notified with the right to appeal (Reg 31(2), (3); s51(2)(f)). A decision to cease does not stop the plan at
/// once: it is maintained while the family may appeal, so it ceases the day after the last day to appeal
/// (<see cref="CeasesOn"/>), which a mediation certificate can move. An appeal, once brought, holds it until decided.
/// </summary>
public sealed class PlanCessation
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }

    /// <summary>The annual review whose decision proposed ceasing, if one did.</summary>
    public int? AnnualReviewNumber { get; init; }

    public CessationGround Ground { get; init; }

    /// <summary>The day the family was told the council is considering ceasing, and asked for their views (Reg 31(1)(a), (b)).</summary>
    public DateOnly ProposedOn { get; init; }

    /// <summary>For a young person aged 18 or over: the day they stopped attending the school or college named in the plan, if they have (Reg 30).</summary>
    public DateOnly? LeftEducationOn { get; init; }

    public required string ProposalReasons { get; init; }
    public required string ProposedById { get; init; }
    public DateTimeOffset ProposedAt { get; init; }

    /// <summary>The day the head teacher or principal of the named school or college was asked for views (Reg 31(1)(c)).</summary>
    public DateOnly? SchoolConsultedOn { get; set; }

    public string? FamilyViews { get; set; }
    public DateOnly? FamilyViewsOn { get; set; }
    public string? SchoolViews { get; set; }
    public DateOnly? SchoolViewsOn { get; set; }

    public CessationDecision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionReasons { get; set; }
    public string? DecidedById { get; set; }

    /// <summary>For a young person aged 18 or over: whether the plan's education or training outcomes have been achieved (s45(3)).</summary>
    public bool? OutcomesAchieved { get; set; }

    /// <summary>The day the decision notice, with the right to appeal, was sent: the 2 months to appeal run from it.</summary>
    public DateOnly? NoticeSentOn { get; set; }

    /// <summary>The day the plan stops being maintained: the day after the last day to appeal. Null unless the decision is to cease.</summary>
    public DateOnly? CeasesOn { get; set; }

    /// <summary>Still being consulted on: no decision yet.</summary>
    public bool IsOpen => Decision is null;

    /// <summary>The decision to cease has been made; the plan is still maintained until <see cref="CeasesOn"/>.</summary>
    public bool IsCeasing => Decision == CessationDecision.Cease;

    /// <summary>The plan has stopped being maintained by <paramref name="today"/>, given the family's appeal against the decision, if any.</summary>
    public bool HasCeased(DateOnly today, TribunalAppeal? appeal = null) => StopsOn(appeal) is { } stops && stops <= today;

    /// <summary>
    /// The day the plan stops, given the family's appeal against this decision (null when there is none): while the appeal
    /// is undecided the plan is maintained (no day yet); dismissed, it stops that day (Reg 44(2)(a)); withdrawn, it stops on
    /// the later of that day and the day it would have stopped; ordered to continue, or not opposed by the council, it
    /// does not stop (Reg 44(2)(g), (h); Reg 45).
    /// </summary>
    public DateOnly? StopsOn(TribunalAppeal? appeal)
    {
        if (appeal is null || appeal.Decision != AppealedDecision.Ceasing || appeal.DecisionOn != NoticeSentOn)
        {
            return CeasesOn;
        }

        return appeal switch
        {
            { OutcomeOn: null } => null,
            { Outcome: AppealOutcome.Dismissed, OutcomeOn: { } dismissed } => dismissed,
            { Outcome: AppealOutcome.Withdrawn, OutcomeOn: { } withdrawn } => CeasesOn is { } ceases && ceases > withdrawn ? ceases : withdrawn,
            _ => null,
        };
    }

    /// <summary>The day after the last day to appeal a decision sent on <paramref name="noticeSentOn"/> (s45; Tribunal rules, rule 20).</summary>
    public static DateOnly CeasingDay(DateOnly noticeSentOn, DateOnly? mediationCertificateOn) =>
        StatutoryClock.AppealDue(noticeSentOn, mediationCertificateOn).AddDays(1);

    /// <summary>The 18th birthday on which a child becomes a young person aged 18 or over, for s45(3) and Reg 29.</summary>
    public static bool IsEighteenOrOver(DateOnly dateOfBirth, DateOnly on) => on >= StatutoryClock.Birthday(dateOfBirth, 18);

    /// <summary>
    /// What is wrong with a proposal to cease, by field: its date (after the final plan, not in the future); for a child or
    /// young person under 18, a ground other than the plan no longer being necessary (Reg 29(1)); and for a young person
    /// aged 18 or over who has stopped attending the school or college named in the plan, a proposal made before the plan
    /// was reviewed (Reg 30(1): the review finds out whether they wish to return to education or training).
    /// </summary>
    /// <param name="lastReviewOn">The day of the plan's latest review meeting, if it has had one.</param>
    public static IReadOnlyList<(string Field, string Problem)> ProposalProblems(DateOnly finalPlanOn, DateOnly today, DateOnly dateOfBirth, CessationGround? ground, DateOnly? proposedOn, DateOnly? schoolConsultedOn,
        DateOnly? leftEducationOn = null, DateOnly? lastReviewOn = null)
    {
        var problems = new List<(string, string)>();
        DateCheck(problems, "LeftEducationOn", "The date they stopped attending", leftEducationOn, finalPlanOn, "the final plan", today);
        if (leftEducationOn is { } left && left <= today && left >= finalPlanOn && proposedOn is { } on && IsEighteenOrOver(dateOfBirth, on) && !(lastReviewOn >= left))
        {
            problems.Add(("LeftEducationOn", lastReviewOn is { } reviewed
                ? $"The plan was last reviewed on {reviewed.ToUkDate()}, before the young person stopped attending on {left.ToUkDate()}. Hold a review first to find out whether they want to return to education or training: a plan cannot stop for a young person aged 18 or over who has left education until it has been reviewed (SEND Regulations 2014, regulation 30)"
                : $"The plan has not been reviewed since the young person stopped attending on {left.ToUkDate()}. Hold a review first to find out whether they want to return to education or training: a plan cannot stop for a young person aged 18 or over who has left education until it has been reviewed (SEND Regulations 2014, regulation 30)"));
        }

        if (ground == CessationGround.NoLongerResponsible && proposedOn is { } day && !IsEighteenOrOver(dateOfBirth, day))
        {
            problems.Add(("Ground", "For a child or young person under 18, the plan can only stop if it is no longer necessary (SEND Regulations 2014, regulation 29)"));
        }

        DateCheck(problems, "ProposedOn", "The date the family was told", proposedOn, finalPlanOn, "the final plan", today);
        DateCheck(problems, "SchoolConsultedOn", "The date the school or college was consulted", schoolConsultedOn, proposedOn ?? finalPlanOn, proposedOn is null ? "the final plan" : "the date the family was told", today);
        return problems;
    }

    /// <summary>
    /// What is wrong with a decision, by field: it follows the consultation (Reg 31(2)), so it needs the school consulted and
    /// comes on or after the proposal; the notice goes on or after the decision; and for a young person aged 18 or over a
    /// decision to cease because the plan is no longer necessary says whether the outcomes were achieved (s45(3)).
    /// </summary>
    public IReadOnlyList<(string Field, string Problem)> DecisionProblems(DateOnly today, DateOnly dateOfBirth, CessationDecision? decision, DateOnly? decidedOn, DateOnly? noticeSentOn, bool? outcomesAchieved)
    {
        var problems = new List<(string, string)>();
        if (decision == CessationDecision.Cease && SchoolConsultedOn is null)
        {
            problems.Add(("Decision", "Consult the head teacher or principal of the school or college named in the plan before deciding to stop the plan (regulation 31(1))"));
        }

        DateCheck(problems, "DecidedOn", "The date of the decision", decidedOn, ProposedOn, "the date the family was told", today);
        if (decision == CessationDecision.Cease && decidedOn is { } decided)
        {
            DateCheck(problems, "NoticeSentOn", "The date the decision was sent", noticeSentOn, decided, "the date of the decision", today);
            if (Ground == CessationGround.NoLongerNecessary && IsEighteenOrOver(dateOfBirth, decided) && outcomesAchieved is null)
            {
                problems.Add(("OutcomesAchieved", "Select whether the education or training outcomes in the plan have been achieved"));
            }
        }

        return problems;
    }

    private static void DateCheck(List<(string, string)> problems, string field, string name, DateOnly? day, DateOnly notBefore, string before, DateOnly today)
    {
        if (day is { } d && d > today)
        {
            problems.Add((field, $"{name} must be today or in the past"));
        }
        else if (day is { } e && e < notBefore)
        {
            problems.Add((field, $"{name} must be on or after {before}, {notBefore.ToUkDate()}"));
        }
    }

    public static string Describe(CessationGround ground) => ground switch
    {
        CessationGround.NoLongerResponsible => "The council is no longer responsible for them",
        _ => "The plan is no longer necessary",
    };
}
