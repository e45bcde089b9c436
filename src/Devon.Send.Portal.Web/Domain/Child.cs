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
