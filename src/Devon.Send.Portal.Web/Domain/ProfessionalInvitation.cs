namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A professional's access to one child's case, granted by a caseworker until an end date: to a person by
/// email (bound to their account when they sign in) or to a team. Revoking it takes effect at once.
/// </summary>
public sealed class ProfessionalInvitation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChildId { get; init; }
    public Child? Child { get; init; }
    public string? Email { get; init; }
    public string? UserId { get; set; }
    public Guid? ProfessionalTeamId { get; init; }
    public required string Role { get; init; }
    public required string Organisation { get; init; }

    /// <summary>The plan sections they may contribute to, as codes separated by commas ("C,G,K").</summary>
    public string Sections { get; init; } = "";

    public DateOnly EndsOn { get; set; }
    public string? InvitedById { get; init; }
    public DateTimeOffset InvitedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedById { get; set; }

    public IReadOnlyList<string> SectionCodes => Sections.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActiveOn(DateOnly day) => RevokedAt is null && day <= EndsOn;
}
