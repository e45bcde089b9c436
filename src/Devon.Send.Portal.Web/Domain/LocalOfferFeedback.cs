namespace Devon.Send.Portal.Web.Domain;

/// <summary>An answer to "Is this page useful?", with what the person said was wrong if they said no.</summary>
public sealed class LocalOfferFeedback
{
    public long Id { get; init; }
    public required string Slug { get; init; }
    public bool Useful { get; init; }
    public string? Comment { get; set; }
    public DateTimeOffset At { get; init; }
}
