using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

/// <summary>The council's SEND teams and the professional teams that can hold an invitation to a case.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public sealed record Team(string Name, string? Organisation, int Members, Guid Id = default, string? Phone = null, string? Email = null);

    public IReadOnlyList<Team> SendTeams { get; private set; } = [];
    public IReadOnlyList<Team> ProfessionalTeams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SendTeams = await db.SendTeams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Team(t.Name, null, db.Users.Count(u => u.SendTeamId == t.Id), t.Id, t.Phone, t.Email))
            .ToListAsync(cancellationToken);
        ProfessionalTeams = await db.ProfessionalTeams.AsNoTracking().OrderBy(t => t.Organisation).ThenBy(t => t.Name)
            .Select(t => new Team(t.Name, t.Organisation, t.Members.Count))
            .ToListAsync(cancellationToken);
    }
}
