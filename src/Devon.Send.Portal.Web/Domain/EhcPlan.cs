namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A child's Education, Health and Care plan. Its text lives in <see cref="SectionRevision"/>s, which are only
/// ever added; an issued <see cref="PlanVersion"/> names the revisions it was made of.
/// </summary>
public sealed class EhcPlan
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChildId { get; init; }
    public Guid? AssessmentCaseId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedById { get; init; }
}
