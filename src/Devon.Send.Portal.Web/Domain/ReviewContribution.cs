namespace Devon.Send.Portal.Web.Domain;

/// <summary>Views or advice given for a review before its meeting, one per person; they may change it until the meeting is recorded.</summary>
public sealed class ReviewContribution
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid AnnualReviewId { get; init; }
    public required string AuthorId { get; init; }
    public required string AuthorName { get; set; }
    public required string AuthorRole { get; set; }
    public string? WorkingWell { get; set; }
    public string? NotWorking { get; set; }
    public string? Changes { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>A family member by role only, as on comments; others by name and role.</summary>
    public string Who => AuthorRole switch
    {
        PortalRoles.Parent => "Parent",
        PortalRoles.YoungPerson => "Young person",
        _ => $"{AuthorName}, {PortalRoles.DisplayName(AuthorRole)}",
    };
}
