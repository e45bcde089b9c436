namespace Devon.Send.Portal.Web.Domain;

/// <summary>How a person wants to be emailed about their notifications.</summary>
public enum NotificationEmails
{
    Immediately,
    DailyDigest,
}
