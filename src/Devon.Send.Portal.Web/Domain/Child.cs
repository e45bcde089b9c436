namespace Devon.Send.Portal.Web.Domain;

/// <summary>A child or young person (0–25) whose special educational needs the council is assessing or meeting.</summary>
public sealed class Child
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public string? CaseworkerId { get; set; }
    public Guid? SendTeamId { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public string FullName => ChildName.Of(GivenName, FamilyName);

    public List<FamilyLink> Family { get; } = [];
    public List<AssessmentCase> Cases { get; } = [];
    public List<ProfessionalInvitation> Invitations { get; } = [];
}

/// <summary>A parent, carer or the young person themselves, linked to a child's record by a caseworker.</summary>
public sealed class FamilyLink
{
    public Guid ChildId { get; init; }
    public required string UserId { get; init; }
    public required string Relationship { get; set; }
    public DateTimeOffset LinkedAt { get; init; }

    /// <summary>When the young person, once the rights were theirs (CoP 8.13), stopped this parent seeing their record.</summary>
    public DateTimeOffset? AccessEndedAt { get; set; }

    public bool IsYoungPerson => Relationship == Self;

    public const string Self = "Self";
}

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
