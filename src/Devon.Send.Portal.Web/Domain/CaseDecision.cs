namespace Devon.Send.Portal.Web.Domain;

/// <summary>The council's decision whether to carry out an assessment (Reg 4–5), with its reasons, told to the family.</summary>
public sealed class CaseDecision
{
    public const int ReasonsMaxLength = 4000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AssessmentCaseId { get; init; }
    public bool ToAssess { get; init; }
    public DateOnly DecidedOn { get; init; }
    public required string Reasons { get; init; }
    public required string DecidedById { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}
