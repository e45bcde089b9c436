using Devon.Send.Portal.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Teams;

public sealed class AddSendTeamModel(PortalDbContext db, AuditLog audit) : AddTeamModel(audit)
{
    protected override string Added => "The SEND team has been added";

    protected override async Task<string?> AlreadyExistsAsync(string name) =>
        await db.SendTeams.AnyAsync(t => t.Name == name) ? $"There is already a SEND team called {name}" : null;

    protected override string Add(string name)
    {
        db.SendTeams.Add(new SendTeam { Name = name });
        return $"SEND team: {name}";
    }

    protected override Task SaveAsync() => db.SaveChangesAsync();
}
