namespace Devon.Send.Portal.Web.Domain;

/// <summary>A file given with advice (a report, a letter, a photograph), kept outside the web root by an attachment store.</summary>
public sealed class AdviceAttachment
{
    public const int FileNameMaxLength = 120;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AdviceRequestId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long Length { get; init; }

    /// <summary>SHA-256 of the content, in lower-case hex, so a file can be shown to be the one given.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Where the attachment store keeps it; never shown.</summary>
    public required string StorageKey { get; init; }

    public required string UploadedById { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
