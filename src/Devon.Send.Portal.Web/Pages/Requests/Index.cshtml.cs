using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Requests;

/// <summary>Asking the council for an EHC needs assessment: what it is, the requests this person has started or made, and starting one.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<AssessmentRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Requests = await db.AssessmentRequests.AsNoTracking()
            .Where(r => r.AuthorId == userId)
            .OrderByDescending(r => r.UpdatedAt)
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var request = new AssessmentRequest
        {
            AuthorId = User.UserId()!,
            MadeBy = RequestForm.KindFor(User),
            Relationship = User.IsInRole(PortalRoles.YoungPerson) && !User.IsInRole(PortalRoles.Parent) ? FamilyLink.Self : null,
            StartedAt = now,
            UpdatedAt = now,
        };
        if (request.MadeBy == RequesterKind.SchoolOrSetting)
        {
            request.SettingName = await db.Users.Where(u => u.Id == request.AuthorId).Select(u => u.Organisation).SingleAsync(cancellationToken);
        }

        db.AssessmentRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/requests/{request.Id}/child");
    }
}
