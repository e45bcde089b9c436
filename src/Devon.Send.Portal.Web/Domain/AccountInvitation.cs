namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A one-time code a caseworker gives a parent, carer or young person so they can create their account:
/// there is no open registration. Only a hash of the code is stored.
/// </summary>
public sealed class AccountInvitation
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string CodeHash { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public Guid ChildId { get; init; }
    public required string Relationship { get; init; }
    public required string CreatedById { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; set; }
}
