namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// Something that happened on a case, told to one person: listed in the portal and emailed to them, at once or in
/// the next day's digest. Written in the same save as the change it tells of, so nothing happens untold; the
/// <c>NotificationMailer</c> sends the email afterwards and retries if the relay is down.
/// </summary>
public sealed class Notification
{
    public const int MessageMaxLength = 300;
    public const int LinkMaxLength = 300;

    public Guid Id { get; init; } = Guid.NewGuid();
    public required string UserId { get; init; }
    public Guid? ChildId { get; init; }
    public NotificationKind Kind { get; init; }

    /// <summary>What happened and what is due by when, in plain English, with no plan content and no child's full name: it is emailed.</summary>
    public required string Message { get; init; }

    /// <summary>Where in the portal it is, a path such as <c>/children/{id}/advice</c>.</summary>
    public required string Link { get; init; }

    /// <summary>Set for a notification that must be made once only (a reminder), so a second scan adds nothing.</summary>
    public string? OnceKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }

    /// <summary>While one instance of the portal sends the email, others leave it alone; a claim that outlives this lapses.</summary>
    public DateTimeOffset? EmailClaimedUntil { get; set; }

    public int EmailAttempts { get; set; }
}

public enum NotificationKind
{
    RequestReceived,
    DecisionMade,
    AdviceRequested,
    AdviceDueSoon,
    AdviceOverdue,
    AdviceAdded,
    DraftIssued,
    CommentAdded,
    ResponseReceived,
    PlanIssued,
    ReviewArranged,
    ReviewRecorded,
    ReviewDecided,
    ExceptionRecorded,
    NoPlanDecided,
    MediationRecorded,
    TribunalAppealRecorded,
    TribunalOutcomeRecorded,
    PlanTransferred,
    CessationProposed,
    CessationDecided,
    NoAmendmentDecided,
    TransferNotice,
}
