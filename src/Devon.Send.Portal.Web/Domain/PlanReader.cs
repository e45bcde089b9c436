namespace Devon.Send.Portal.Web.Domain;

/// <summary>When a person last looked at a plan, for the "changed since you last looked" marks.</summary>
public sealed class PlanReader
{
    public Guid PlanId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset LastSeenAt { get; set; }
}
