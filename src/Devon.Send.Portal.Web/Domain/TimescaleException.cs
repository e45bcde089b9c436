namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// An exception to the 16- and 20-week time limits relied on for a case (SEND Regulations 2014, Reg 10(4) and 13(3)),
/// recorded with its legal basis. A case with an exception is left out of the timeliness figure (see TimelinessTable).
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
}

public static class TimescaleExceptionBases
{
    /// <summary>The law relied on, as a family or a tribunal would look it up.</summary>
    public static string LegalBasisText(this TimescaleExceptionBasis basis) => Enum.IsDefined(basis)
        ? "SEND Regulations 2014, regulations 10(4) and 13(3)"
        : throw new ArgumentOutOfRangeException(nameof(basis));

    /// <summary>Why the time limit does not apply, to follow "the time limit does not apply:".</summary>
    public static string Description(this TimescaleExceptionBasis basis) => basis switch
    {
        TimescaleExceptionBasis.SchoolOrSettingClosure => "advice was asked of a school or setting around a closure of 4 weeks or more",
        TimescaleExceptionBasis.ExceptionalPersonalCircumstances => "exceptional personal circumstances",
        TimescaleExceptionBasis.FamilyAwayFromArea => "the family was away from the area for 4 weeks or more",
        TimescaleExceptionBasis.RecordedInPreviousSystem => "an exception recorded in the council's previous system",
        _ => basis.ToString(),
    };
}
