namespace Devon.Send.Portal.Web.LocalOffer;

public enum DraftStatus
{
    Draft,
    Submitted,
    Published,
    Discarded,
}

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

public enum VersionOrigin
{
    /// <summary>The page as it stood in the repository's file, kept so the first portal change can be compared with it.</summary>
    RepositoryFile,
    Portal,
}

/// <summary>A published version of a page. Versions are append-only: never changed or deleted (the database refuses too).</summary>
public sealed class LocalOfferVersion
{
    public long Id { get; init; }
    public required string Slug { get; init; }
    public int Number { get; init; }
    public required string Source { get; init; }
    public required string SourceHash { get; init; }
    public VersionOrigin Origin { get; init; }

    /// <summary>The repository file's hash when this version was published, so a later change to the file can be noticed.</summary>
    public string? FileHash { get; init; }

    public DateTimeOffset PublishedAt { get; init; }
    public Guid? DraftId { get; init; }
    public string? AuthorName { get; init; }
    public string? ApprovedById { get; init; }
    public string? ApprovedByName { get; init; }
    public string? ChangeNote { get; init; }
}

/// <summary>An answer to "Is this page useful?", with what the person said was wrong if they said no.</summary>
public sealed class LocalOfferFeedback
{
    public long Id { get; init; }
    public required string Slug { get; init; }
    public bool Useful { get; init; }
    public string? Comment { get; set; }
    public DateTimeOffset At { get; init; }
}
