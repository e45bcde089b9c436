namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// Answers to section A typed but not yet submitted, kept per person so that nothing is lost to a timeout. Saved
/// over as the person types; removed when they submit the section.
/// </summary>
public sealed class SectionDraft
{
    public Guid PlanId { get; init; }
    public required string SectionCode { get; init; }
    public required string UserId { get; init; }

    /// <summary>The section's content as typed, as canonical JSON (<see cref="SectionContent.ToJson"/>).</summary>
    public required string Content { get; set; }

    public string? Reason { get; set; }

    /// <summary>The revision the person started from, so a restored draft still notices a newer one.</summary>
    public int BaseRevision { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}
