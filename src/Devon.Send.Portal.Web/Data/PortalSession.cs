namespace Devon.Send.Portal.Web.Data;

/// <summary>
/// One signed-in browser. The auth cookie carries only this record's id; the record decides whether the session still
/// holds, so ending it here ends it on every instance of the portal, whatever copies of the cookie exist.
/// </summary>
public sealed class PortalSession
{
    /// <summary>Random and unguessable (256 bits); it only ever travels inside the encrypted cookie.</summary>
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset StartedAt { get; init; }

    /// <summary>The last request that renewed the session, written at most once a minute.</summary>
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended: signed out, signed out everywhere, timed out, password reset, and so on.</summary>
    public string? EndReason { get; set; }
}
