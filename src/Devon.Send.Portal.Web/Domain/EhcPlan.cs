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

public enum PlanVersionKind
{
    Draft,
    Final,
    AmendmentDraft,
    AmendedFinal,
}

/// <summary>
/// An issued version of a plan: Draft 1, Draft 2, the final plan, proposed amendments, an amended plan. It is
/// written once, when it is issued, naming the section revisions it is made of, so reading it never replays
/// history. Versions are chained by hash like revisions.
/// </summary>
public sealed class PlanVersion
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PlanId { get; init; }

    /// <summary>1, 2, 3… in the order versions were issued; unique per plan.</summary>
    public int Number { get; init; }

    public PlanVersionKind Kind { get; init; }

    /// <summary>Which draft, or which amendment: Draft 2 has 2.</summary>
    public int KindNumber { get; init; }

    public DateTimeOffset IssuedAt { get; init; }
    public string? IssuedById { get; init; }
    public required string IssuedByName { get; init; }
    public required string IssuedByRole { get; init; }

    /// <summary>How many quality-check findings were open when it was issued.</summary>
    public int OpenFindings { get; init; }

    /// <summary>Why a team manager let it be issued with open findings.</summary>
    public string? OverrideReason { get; init; }

    public required string PreviousHash { get; init; }

    /// <summary>Set once, by <see cref="Seal"/>, before the version is first saved.</summary>
    public string Hash { get; private set; } = "";

    public List<PlanVersionSection> Sections { get; init; } = [];

    /// <param name="revisionHashes">The hash of each revision the version names, by section code.</param>
    public PlanVersion Seal(IReadOnlyDictionary<string, string> revisionHashes)
    {
        Hash = PlanIntegrity.HashOf(this, revisionHashes);
        return this;
    }

    public string Label => LabelFor(Kind, KindNumber);

    public bool IsFinal => Kind is PlanVersionKind.Final or PlanVersionKind.AmendedFinal;

    public static string LabelFor(PlanVersionKind kind, int kindNumber) => kind switch
    {
        PlanVersionKind.Draft => $"Draft {kindNumber}",
        PlanVersionKind.Final => "Final plan",
        PlanVersionKind.AmendmentDraft => $"Proposed amendments {kindNumber}",
        _ => $"Amended plan {kindNumber}",
    };

    /// <summary>
    /// What may be issued next, given the kinds issued so far in order: drafts until the final plan (which needs a
    /// draft first, Reg 13); after it, proposed amendments, and an amended plan only after proposed amendments (Reg 22).
    /// </summary>
    public static IReadOnlyList<PlanVersionKind> NextKinds(IReadOnlyList<PlanVersionKind> issued)
    {
        if (!issued.Any(k => k == PlanVersionKind.Final))
        {
            return issued.Count == 0 ? [PlanVersionKind.Draft] : [PlanVersionKind.Draft, PlanVersionKind.Final];
        }

        return issued[^1] == PlanVersionKind.AmendmentDraft
            ? [PlanVersionKind.AmendmentDraft, PlanVersionKind.AmendedFinal]
            : [PlanVersionKind.AmendmentDraft];
    }
}

/// <summary>The revision of one section that a version is made of. A section with no revision is empty in that version.</summary>
public sealed class PlanVersionSection
{
    public Guid VersionId { get; init; }
    public required string SectionCode { get; init; }
    public Guid RevisionId { get; init; }
}

/// <summary>When a person last looked at a plan, for the "changed since you last looked" marks.</summary>
public sealed class PlanReader
{
    public Guid PlanId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset LastSeenAt { get; set; }
}
