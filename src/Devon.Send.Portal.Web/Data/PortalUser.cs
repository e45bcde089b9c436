using Microsoft.AspNetCore.Identity;

namespace Devon.Send.Portal.Web.Data;

public sealed class PortalUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public string? Organisation { get; set; }
    public Guid? SendTeamId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When an administrator turned the account off: it cannot sign in until it is turned on again.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    /// <summary>Whether notifications are emailed one by one as they happen or together once a day.</summary>
    public NotificationEmails NotificationEmails { get; set; }
}
