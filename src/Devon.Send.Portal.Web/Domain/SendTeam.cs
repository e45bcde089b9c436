namespace Devon.Send.Portal.Web.Domain;

/// <summary>A council 0–25 SEND team. Caseworkers and team managers belong to one; each child's case is held by one.</summary>
public sealed class SendTeam
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
}
