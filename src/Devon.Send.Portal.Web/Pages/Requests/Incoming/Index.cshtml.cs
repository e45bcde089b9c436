using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Requests.Incoming;

public sealed record NewRequestRow(Guid RequestId, string ChildName, RequesterKind MadeBy, DateOnly ReceivedOn, Deadline Decision);

/// <summary>Requests made online to the caseworker's SEND team that no caseworker has taken yet, oldest first.</summary>
public sealed class IndexModel(PortalDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<NewRequestRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostTakeAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var teamId = await TeamAsync(cancellationToken);
        var childId = await db.AssessmentRequests.Where(r => r.Id == requestId).Select(r => r.ChildId).SingleOrDefaultAsync(cancellationToken);
        // Only one caseworker can take a case: whoever updates it first.
        var taken = await db.Children
            .Where(c => c.Id == childId && c.CaseworkerId == null && teamId != null && c.SendTeamId == teamId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CaseworkerId, userId), cancellationToken);
        if (taken == 0)
        {
            ModelState.AddModelError(string.Empty, "Another caseworker has already taken that case, or it is no longer waiting");
            Rows = await LoadAsync(cancellationToken);
            return Page();
        }

        await audit.RecordAsync(AuditKind.RecordChanged, "Caseworker took the case", childId, cancellationToken);
        TempData["Success"] = "The case is now yours";
        return Redirect($"/children/{childId}/case");
    }

    private async Task<Guid?> TeamAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SendTeamId).SingleAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<NewRequestRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var teamId = await TeamAsync(cancellationToken);
        var today = clock.UkToday();
        var rows = await db.AssessmentRequests.AsNoTracking()
            .Where(r => r.SubmittedAt != null && r.ChildId != null)
            .Join(db.Children.Where(c => c.CaseworkerId == null && teamId != null && c.SendTeamId == teamId), r => r.ChildId, c => c.Id,
                (r, c) => new { r.Id, c.GivenName, c.FamilyName, r.MadeBy, ReceivedOn = r.ReceivedOn!.Value })
            .OrderBy(r => r.ReceivedOn)
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var due = StatutoryClock.DecisionToAssessDue(r.ReceivedOn);
            return new NewRequestRow(r.Id, $"{r.GivenName} {r.FamilyName}", r.MadeBy, r.ReceivedOn,
                new Deadline("Decision whether to assess", due, StatutoryClock.StateOf(due, null, today), today));
        }).ToList();
    }
}
