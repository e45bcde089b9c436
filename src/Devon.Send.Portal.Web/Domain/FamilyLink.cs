namespace Devon.Send.Portal.Web.Domain;

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
