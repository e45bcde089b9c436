namespace Devon.Send.Portal.Web.Data;

/// <summary>
/// Failed sign-ins counted against one typed email address (whether or not it has an account) or one account, so
/// that every instance of the portal slows the same guesser down. The key is a hash: no address is stored.
/// </summary>
public sealed class SignInThrottle
{
    public required string Key { get; init; }
    public int Failures { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }

    /// <summary>How many waits this run of failures has earned; each one is twice as long as the last.</summary>
    public int Waits { get; set; }

    /// <summary>No password is checked for this address or account before then.</summary>
    public DateTimeOffset? WaitUntil { get; set; }

    /// <summary>When the account's owner was emailed a reset link because of this run of failures.</summary>
    public DateTimeOffset? OwnerWarnedAt { get; set; }
}
