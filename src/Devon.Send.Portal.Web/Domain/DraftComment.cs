namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A comment on one section of an issued draft. It belongs to that version: Draft 1's comments stay with Draft 1.
/// Comments are only ever added, never changed or deleted.
/// </summary>
public sealed class DraftComment
{
    public const int MaxLength = 2_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid VersionId { get; init; }
    public required string SectionCode { get; init; }
    public required string Text { get; init; }
    public string? AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public required string AuthorRole { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
