namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One saved state of one section of a plan. Revisions are never changed or deleted; each one's hash covers its
/// content and the hash of the section's previous revision, so any change made behind the portal's back breaks
/// the chain (<see cref="PlanIntegrity"/>).
/// </summary>
public sealed class SectionRevision
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }
    public required string SectionCode { get; init; }

    /// <summary>1 for a section's first revision, then one more each save; unique per plan and section.</summary>
    public int Number { get; init; }

    /// <summary>The section's content as canonical JSON (<see cref="SectionContent.ToJson"/>).</summary>
    public required string Content { get; init; }

    public required string Reason { get; init; }
    public string? AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public required string AuthorRole { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string PreviousHash { get; init; }

    /// <summary>Set once, by <see cref="Seal"/>, before the revision is first saved.</summary>
    public string Hash { get; private set; } = "";

    public SectionRevision Seal()
    {
        Hash = PlanIntegrity.HashOf(this);
        return this;
    }
}
