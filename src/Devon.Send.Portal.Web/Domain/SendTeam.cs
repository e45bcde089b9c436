namespace Devon.Send.Portal.Web.Domain;

/// <summary>A council 0–25 SEND team. Caseworkers and team managers belong to one; each child's case is held by one.</summary>
public sealed class SendTeam
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }

    /// <summary>The team's phone number and email address for families, set by an administrator; shown on every case page.</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }
}
