namespace Devon.Send.Portal.Web.Data;

/// <summary>
/// The one-time key a rendered form carried, claimed by the first post that sent it. A post whose answer was a
/// redirect keeps its claim with where it went, so the same form sent again with the same contents is sent there too
/// instead of being acted on twice. Kept for a day.
/// </summary>
public sealed class FormSubmission
{
    public Guid Id { get; init; }

    /// <summary>Who sent it; null when nobody was signed in.</summary>
    public string? UserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// A hash of what the form said. The same key with other contents is the page kept (by the back button, say) and
    /// filled in again: a new request, not a repeat.
    /// </summary>
    public required string Contents { get; init; }

    /// <summary>When the first post's answer was known; null while it is still being acted on.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Where the first post was sent on to.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>What the first post told its sender on the next page, if anything.</summary>
    public string? Notice { get; set; }

    public const int ContentsLength = 64;
    public const int MaxUrlLength = 2000;
    public const int MaxNoticeLength = 1000;
}
