using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>
/// "Are you sure?" before a caseworker removes a professional's or team's access to a case. Once confirmed, the
/// access ends at once: their next request is refused.
/// </summary>
public sealed class RemoveModel(PortalDbContext db, AuditLog audit, TimeProvider clock, IPlanChangeNotifier live) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public Guid InvitationId { get; set; }

    public string ChildName { get; private set; } = "";
    public string Who { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await FindAsync() is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } invitation)
        {
            return NotFound();
        }

        invitation.RevokedAt = clock.GetUtcNow();
        invitation.RevokedById = User.UserId();
        audit.Add(AuditKind.InvitationRevoked, $"{PortalRoles.DisplayName(invitation.Role)}, {invitation.Organisation}", ChildId);
        await db.SaveChangesAsync();
        // Their open plan pages stop updating now, not at their next request.
        await live.AccessChangedAsync(ChildId);
        TempData["Success"] = "Their access has been removed";
        return Redirect($"/children/{ChildId}/access");
    }

    // The invitation must belong to the child in the address: an id from another child's case is not found.
    private async Task<ProfessionalInvitation?> FindAsync()
    {
        var invitation = await db.ProfessionalInvitations.SingleOrDefaultAsync(i => i.Id == InvitationId && i.ChildId == ChildId && i.RevokedAt == null);
        if (invitation is null)
        {
            return null;
        }

        ChildName = await db.Children.NameOfAsync(ChildId);
        Who = IndexModel.Who(
            await db.ProfessionalTeams.Where(t => t.Id == invitation.ProfessionalTeamId).Select(t => t.Name).SingleOrDefaultAsync(),
            await db.Users.Where(u => u.Id == invitation.UserId).Select(u => u.DisplayName).SingleOrDefaultAsync(),
            invitation.Email);
        return invitation;
    }
}
