using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>Everyone who can see a child's case: the family, the caseworker and each invited professional or team.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Person(string Name, string Description);

    public sealed record Professional(Guid InvitationId, string Who, string Role, string Organisation, string Sections, DateOnly EndsOn, bool WaitingForSignIn);

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public bool CanManage { get; private set; }
    public IReadOnlyList<Person> Family { get; private set; } = [];
    public Person? Caseworker { get; private set; }
    public IReadOnlyList<Professional> Professionals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>How a professional's access is named: the team that holds it, the person, or the address it waits for.</summary>
    public static string Who(string? team, string? person, string? email) => team is not null ? $"Anyone in {team}" : person ?? email ?? "";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanManage = HttpContext.ChildPermissions().CanManage;
        var today = clock.UkToday();
        var child = await db.Children.AsNoTracking().Where(c => c.Id == ChildId)
            .Select(c => new
            {
                Name = c.GivenName + " " + c.FamilyName,
                Caseworker = db.Users.Where(u => u.Id == c.CaseworkerId).Select(u => u.DisplayName).FirstOrDefault(),
                Family = c.Family.Where(f => f.AccessEndedAt == null).Join(db.Users, f => f.UserId, u => u.Id, (f, u) => new { u.DisplayName, f.Relationship }).ToList(),
            })
            .SingleAsync(cancellationToken);
        ChildName = child.Name;
        Caseworker = child.Caseworker is null ? null : new Person(child.Caseworker, "SEND caseworker, Devon County Council");
        Family = child.Family
            .Select(f => new Person(f.DisplayName, f.Relationship == FamilyLink.Self ? "The young person" : f.Relationship))
            .ToList();
        var invitations = await db.ProfessionalInvitations.AsNoTracking()
            .Where(i => i.ChildId == ChildId && i.RevokedAt == null && i.EndsOn >= today)
            .OrderBy(i => i.InvitedAt)
            .Select(i => new
            {
                i.Id,
                i.Email,
                i.Role,
                i.Organisation,
                i.Sections,
                i.EndsOn,
                Person = db.Users.Where(u => u.Id == i.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                Team = db.ProfessionalTeams.Where(t => t.Id == i.ProfessionalTeamId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        Professionals = invitations
            .Select(i => new Professional(
                i.Id,
                Who(i.Team, i.Person, i.Email),
                PortalRoles.DisplayName(i.Role),
                i.Organisation,
                i.Sections.Replace(",", ", ", StringComparison.Ordinal),
                i.EndsOn,
                i.Team is null && i.Person is null))
            .ToList();
    }
}
