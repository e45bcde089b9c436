namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// One entry in the append-only audit log: who did what, when, to which child's record. It never holds plan
/// text or anything typed into a form: only the kind of event and the page or thing it concerned.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>Room for a role and a 200-character organisation name, with the words around them.</summary>
    public const int DetailLength = 500;

    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public AuditKind Kind { get; init; }
    public string? ActorUserId { get; init; }
    public string? ActorName { get; init; }
    public string? ActorRoles { get; init; }
    public string? ActorOrganisation { get; init; }
    public Guid? ChildId { get; init; }
    public required string Detail { get; init; }
    public string? IpAddress { get; init; }

    /// <summary>
    /// The plan history row this event vouches for, when it saved one: the plan, the section (none for an issued
    /// version), the row's number and its hash. Kept here, outside the tables they protect, so that a history cut
    /// short behind the portal's back still shows what its newest row was. None on older events.
    /// </summary>
    public Guid? AnchorPlanId { get; init; }

    public string? AnchorSection { get; init; }
    public int? AnchorNumber { get; init; }
    public string? AnchorHash { get; init; }
}

public enum AuditKind
{
    RecordViewed,
    AccessRefused,
    RecordChanged,
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    SignedOutEverywhere,
    AccountCreated,
    TwoFactorTurnedOn,
    TwoFactorTurnedOff,
    InvitationIssued,
    InvitationUsed,
    InvitationRefused,
    InvitationRevoked,
    CaseHistoryImported,
    CaseHistoryRefused,
    EmailConfirmed,
    RolesChanged,
    AccountChanged,
    TeamCreated,
    RecordDestroyed,
    DataDownloaded,
    PasswordResetAsked,
    PasswordReset,
    TeamChanged,
}
