namespace Devon.Send.Portal.Web.Domain;

/// <summary>The revision of one section that a version is made of. A section with no revision is empty in that version.</summary>
public sealed class PlanVersionSection
{
    public Guid VersionId { get; init; }
    public required string SectionCode { get; init; }
    public Guid RevisionId { get; init; }
}
