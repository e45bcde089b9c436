namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A team that can hold an invitation to a child's case (a school's SEN team, the EP service), so that
/// access survives a member of staff leaving: whoever is in the team when they sign in has the access.
/// </summary>
public sealed class ProfessionalTeam
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string Organisation { get; set; }
    public List<ProfessionalTeamMember> Members { get; } = [];
}
