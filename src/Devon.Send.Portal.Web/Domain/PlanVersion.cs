namespace Devon.Send.Portal.Web.Domain;

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

    /// <summary>How a draft or proposed amendments were sent to the family; null for a final or amended plan.</summary>
    public ServiceMethod? ServedBy { get; init; }

    /// <summary>The day a draft or proposed amendments were served on the family, from which their 15 days begin.</summary>
    public DateOnly? ServedOn { get; init; }

    /// <summary>The last day the family has to respond to a draft or proposed amendments.</summary>
    public DateOnly? RespondBy { get; init; }

    /// <summary>A draft or proposed amendments, which the family is given time to respond to.</summary>
    public static bool AsksFamilyToRespond(PlanVersionKind kind) => kind is PlanVersionKind.Draft or PlanVersionKind.AmendmentDraft;

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

public enum PlanVersionKind
{
    Draft,
    Final,
    AmendmentDraft,
    AmendedFinal,
}
