namespace Devon.Send.Portal.Web.Domain;

public sealed class ProfessionalTeamMember
{
    public Guid ProfessionalTeamId { get; init; }
    public required string UserId { get; init; }
}
