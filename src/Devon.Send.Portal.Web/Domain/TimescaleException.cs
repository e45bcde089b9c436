namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// An exception to time limits relied on for a case (SEND Regulations 2014, regulations 5(4), 8(2), 10(4) and 13(3),
/// and for the limits after a Tribunal appeal, 44(3) and 45),
/// recorded with its legal basis, its period and the limits it made impractical to meet: it lifts only those, and
/// only those still running in its period. A case with an exception is left out of the timeliness figure (see
/// TimelinessTable).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The regulations' own words: an exception to the time limits, not a .NET exception.")]
public sealed class TimescaleException
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }
    public TimescaleExceptionBasis LegalBasis { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>What the caseworker told the family about it; null for exceptions imported from the previous system.</summary>
    public string? Details { get; init; }

    public string? RecordedById { get; init; }

    /// <summary>The first day of the circumstances; null for exceptions imported from the previous system.</summary>
    public DateOnly? FromOn { get; init; }

    /// <summary>The last day of the circumstances; null while they go on, or for imported exceptions.</summary>
    public DateOnly? ToOn { get; init; }

    /// <summary>The time limits it affects. Imported exceptions affect the 16- and 20-week limits, as before.</summary>
    public ExceptionLimits Limits { get; init; } = ExceptionLimits.DecisionNotToIssue | ExceptionLimits.FinalPlan;

    /// <summary>
    /// Whether it lifts a limit of this kind whose clock runs from <paramref name="start"/> to <paramref name="due"/>:
    /// the limit must be one it affects, and its period must fall within that clock (an imported one has no period).
    /// </summary>
    public bool Lifts(ExceptionLimits limit, DateOnly start, DateOnly due) =>
        Limits.HasFlag(limit) && (FromOn is null || (FromOn <= due && (ToOn ?? DateOnly.MaxValue) >= start));

    /// <summary>The law relied on, as a family or a tribunal would look it up: "SEND Regulations 2014, regulations 10(4) and 13(3)".</summary>
    public string LegalBasisText
    {
        get
        {
            var numbers = TimescaleExceptionBases.AllLimits.Where(l => Limits.HasFlag(l)).Select(l => l.Regulation()["SEND Regulations 2014, regulation ".Length..]).ToList();
            return numbers.Count == 1
                ? $"SEND Regulations 2014, regulation {numbers[0]}"
                : $"SEND Regulations 2014, regulations {string.Join(", ", numbers[..^1])} and {numbers[^1]}";
        }
    }

    /// <summary>Why the time limits do not apply, in the words of the regulation relied on (the family's absence is 2 weeks after a Tribunal appeal, 4 weeks before).</summary>
    public string Reason => LegalBasis == TimescaleExceptionBasis.FamilyAwayFromArea && (Limits & TimescaleExceptionBases.TribunalLimits) != 0
        ? "the family was away from the area for 2 weeks or more"
        : LegalBasis.Description();

    /// <summary>"from 3 March 2027 to 14 April 2027", "from 3 March 2027", or empty.</summary>
    public string Period => (FromOn, ToOn) switch
    {
        ({ } from, { } to) => $"from {from.ToUkDate()} to {to.ToUkDate()}",
        ({ } from, null) => $"from {from.ToUkDate()}",
        _ => "",
    };

    public const int DetailsMaxLength = 1_000;
}

/// <summary>The legal bases for an exception to the time limits.</summary>
public enum TimescaleExceptionBasis
{
    /// <summary>Advice asked of a school or setting from one week before a closure of 4 weeks or more until one week before it reopens.</summary>
    SchoolOrSettingClosure,

    /// <summary>Exceptional personal circumstances of the child, the parent or the young person.</summary>
    ExceptionalPersonalCircumstances,

    /// <summary>The child's parent or the young person away from the council's area for a continuous period of 4 weeks or more.</summary>
    FamilyAwayFromArea,

    /// <summary>Recorded as an exception in the council's previous system, whose legal basis was not exported with the case history.</summary>
    RecordedInPreviousSystem,

    /// <summary>The child, the parent or the young person did not keep an appointment for an examination or a test (not for the 6-week decision).</summary>
    MissedAppointment,
}

/// <summary>The time limits an exception can lift, each with its own regulation.</summary>
[Flags]
public enum ExceptionLimits
{
    None = 0,

    /// <summary>The 6-week decision whether to assess (Reg 5(4)).</summary>
    DecisionToAssess = 1,

    /// <summary>Advice within 6 weeks of being asked (Reg 8(2)).</summary>
    Advice = 2,

    /// <summary>The 16-week decision not to issue a plan (Reg 10(4)).</summary>
    DecisionNotToIssue = 4,

    /// <summary>The final plan within 20 weeks (Reg 13(3)).</summary>
    FinalPlan = 8,

    /// <summary>The council's steps after a Tribunal order (Reg 44(2)), lifted by Reg 44(3).</summary>
    TribunalOrder = 16,

    /// <summary>The council's steps after it did not oppose an appeal (Reg 45(3) to (6)), lifted by the exceptions of Reg 45.</summary>
    UnopposedAppeal = 32,
}

public static class TimescaleExceptionBases
{
    public static readonly IReadOnlyList<ExceptionLimits> EachLimit =
        [ExceptionLimits.DecisionToAssess, ExceptionLimits.Advice, ExceptionLimits.DecisionNotToIssue, ExceptionLimits.FinalPlan];

    /// <summary>The limits of an assessment and those after a Tribunal appeal.</summary>
    public static readonly IReadOnlyList<ExceptionLimits> AllLimits = [.. EachLimit, ExceptionLimits.TribunalOrder, ExceptionLimits.UnopposedAppeal];

    public const ExceptionLimits TribunalLimits = ExceptionLimits.TribunalOrder | ExceptionLimits.UnopposedAppeal;

    /// <summary>The shortest absence from the area that is a ground: 2 weeks after a Tribunal appeal (Reg 44(3)(b)), 4 weeks otherwise.</summary>
    public static int MinimumAbsenceDays(ExceptionLimits limits) => (limits & TribunalLimits) != 0 ? 14 : 28;

    /// <summary>The regulation that allows an exception to this limit.</summary>
    public static string Regulation(this ExceptionLimits limit) => limit switch
    {
        ExceptionLimits.DecisionToAssess => "SEND Regulations 2014, regulation 5(4)",
        ExceptionLimits.Advice => "SEND Regulations 2014, regulation 8(2)",
        ExceptionLimits.DecisionNotToIssue => "SEND Regulations 2014, regulation 10(4)",
        ExceptionLimits.FinalPlan => "SEND Regulations 2014, regulation 13(3)",
        ExceptionLimits.TribunalOrder => "SEND Regulations 2014, regulation 44(3)",
        ExceptionLimits.UnopposedAppeal => "SEND Regulations 2014, regulation 45",
        _ => throw new ArgumentOutOfRangeException(nameof(limit)),
    };

    /// <summary>"the decision whether to assess (6 weeks)": for a list of the limits an exception affects.</summary>
    public static string Describe(this ExceptionLimits limit) => limit switch
    {
        ExceptionLimits.DecisionToAssess => "the decision whether to assess (6 weeks)",
        ExceptionLimits.Advice => "advice (6 weeks from being asked)",
        ExceptionLimits.DecisionNotToIssue => "a decision not to issue a plan (16 weeks)",
        ExceptionLimits.FinalPlan => "the final plan (20 weeks)",
        ExceptionLimits.TribunalOrder => "the council's steps after the Tribunal's order",
        ExceptionLimits.UnopposedAppeal => "the council's steps after the appeal it did not oppose",
        _ => throw new ArgumentOutOfRangeException(nameof(limit)),
    };

    /// <summary>
    /// Whether the regulation for this limit allows an exception on this basis: Reg 5(4) has no missed-appointment ground;
    /// after a Tribunal appeal only the family's exceptional personal circumstances or their absence from the area (Reg 44(3)).
    /// </summary>
    public static bool Allows(this ExceptionLimits limit, TimescaleExceptionBasis basis) => limit switch
    {
        ExceptionLimits.DecisionToAssess => basis != TimescaleExceptionBasis.MissedAppointment,
        ExceptionLimits.TribunalOrder or ExceptionLimits.UnopposedAppeal => basis is TimescaleExceptionBasis.ExceptionalPersonalCircumstances or TimescaleExceptionBasis.FamilyAwayFromArea,
        _ => true,
    };

    /// <summary>"the final plan (20 weeks) and a decision not to issue a plan (16 weeks)".</summary>
    public static string DescribeAll(this ExceptionLimits limits)
    {
        var each = AllLimits.Where(l => limits.HasFlag(l)).Select(l => l.Describe()).ToList();
        return each.Count <= 1 ? string.Concat(each) : $"{string.Join(", ", each[..^1])} and {each[^1]}";
    }

    /// <summary>Why the time limit does not apply, to follow "the time limit does not apply:".</summary>
    public static string Description(this TimescaleExceptionBasis basis) => basis switch
    {
        TimescaleExceptionBasis.SchoolOrSettingClosure => "advice was asked of a school or setting around a closure of 4 weeks or more",
        TimescaleExceptionBasis.ExceptionalPersonalCircumstances => "exceptional personal circumstances",
        TimescaleExceptionBasis.FamilyAwayFromArea => "the family was away from the area for 4 weeks or more",
        TimescaleExceptionBasis.RecordedInPreviousSystem => "an exception recorded in the council's previous system",
        TimescaleExceptionBasis.MissedAppointment => "an appointment for an examination or a test was missed",
        _ => basis.ToString(),
    };
}
