namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A change to a Local Offer page being written in the portal: a draft belongs to its author until they submit
/// it; another Local Offer editor then approves it (which publishes it) or returns it with a comment.
/// </summary>
public sealed class LocalOfferDraft
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Slug { get; init; }
    public bool IsNewPage { get; init; }

    /// <summary>The whole page as a content file: front matter and Markdown.</summary>
    public required string Source { get; set; }

    public DraftStatus Status { get; set; }
    public required string AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ChangeNote { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReviewerId { get; set; }
    public string? ReviewerName { get; set; }
    public string? ReturnComment { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public int? PublishedVersion { get; set; }

    public bool IsOpen => Status is DraftStatus.Draft or DraftStatus.Submitted;
}

public enum DraftStatus
{
    Draft,
    Submitted,
    Published,
    Discarded,
}
