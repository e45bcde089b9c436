namespace Devon.Send.Portal.Web.Domain;

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

public enum VersionOrigin
{
    /// <summary>The page as it stood in the repository's file, kept so the first portal change can be compared with it.</summary>
    RepositoryFile,
    Portal,
}
