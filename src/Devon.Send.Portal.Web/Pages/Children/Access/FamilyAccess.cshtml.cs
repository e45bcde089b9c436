using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>
/// From the end of the school year in which they turn 16, a young person decides whether their parents
/// keep access to their plan (SEND Code of Practice 8.13). They can change their mind either way.
/// </summary>
public sealed class FamilyAccessModel(PortalDbContext db, AuditLog audit, TimeProvider clock, IPlanChangeNotifier live) : PageModel
{
    public sealed record Parent(string UserId, string Name, string Relationship, DateTimeOffset? AccessEndedAt);

    [FromRoute]
    public Guid ChildId { get; set; }

    public IReadOnlyList<Parent> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostEndAsync(string userId) => ChangeAsync(userId, ended: true);

    public Task<IActionResult> OnPostRestoreAsync(string userId) => ChangeAsync(userId, ended: false);

    private async Task<IActionResult> ChangeAsync(string userId, bool ended)
    {
        var link = await db.FamilyLinks.SingleOrDefaultAsync(f => f.ChildId == ChildId && f.UserId == userId && f.Relationship != FamilyLink.Self);
        if (link is null)
        {
            return NotFound();
        }

        link.AccessEndedAt = ended ? clock.GetUtcNow() : null;
        audit.Add(AuditKind.RecordChanged, ended ? "The young person ended a parent's access" : "The young person gave a parent access again", ChildId);
        await db.SaveChangesAsync();
        // Their open plan pages stop updating now, not at their next request.
        await live.AccessChangedAsync(ChildId);
        TempData["Success"] = ended ? "They can no longer see your plan" : "They can see your plan again";
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Parents = await db.FamilyLinks.AsNoTracking()
            .Where(f => f.ChildId == ChildId && f.Relationship != FamilyLink.Self)
            .Join(db.Users, f => f.UserId, u => u.Id, (f, u) => new Parent(u.Id, u.DisplayName, f.Relationship, f.AccessEndedAt))
            .ToListAsync();
}
