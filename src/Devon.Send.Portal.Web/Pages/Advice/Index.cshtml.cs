using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Advice;

/// <summary>The advice a contributor has been asked for, on every child's case, the soonest due first.</summary>
public sealed class IndexModel(PortalDbContext db, ChildAccess access, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid ChildId, Guid RequestId, string ChildName, string Type, string AskedOf, DateOnly RequestedOn, Deadline Deadline, bool HasDraft);

    public IReadOnlyList<Row> Open { get; private set; } = [];
    public IReadOnlyList<Row> Submitted { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var userId = User.UserId();
        var invitations = PortalRoles.Professionals.Any(User.IsInRole) ? access.InvitationsHeldBy(User) : db.ProfessionalInvitations.Where(_ => false);
        var family = PortalRoles.Families.Any(User.IsInRole)
            ? db.FamilyLinks.Where(f => f.UserId == userId && f.AccessEndedAt == null).Select(f => f.ChildId)
            : db.FamilyLinks.Where(_ => false).Select(f => f.ChildId);
        var rows = await db.AdviceRequests.AsNoTracking()
            .Join(db.AssessmentCases, a => a.AssessmentCaseId, c => c.Id, (a, c) => new { Request = a, c.ChildId })
            .Where(x => invitations.Any(i => i.Id == x.Request.InvitationId)
                || (x.Request.InvitationId == null && x.Request.Type == AdviceType.ParentOrYoungPerson && family.Contains(x.ChildId!.Value)))
            .Select(x => new
            {
                x.Request,
                ChildId = x.ChildId!.Value,
                Child = db.Children.Where(c => c.Id == x.ChildId).Select(c => c.GivenName + " " + c.FamilyName).First(),
                Invitation = db.ProfessionalInvitations.Where(i => i.Id == x.Request.InvitationId).Select(i => new { i.Role, i.Organisation }).FirstOrDefault(),
                HasDraft = x.Request.Sections.Any() || x.Request.Attachments.Any(),
            })
            .ToListAsync(cancellationToken);
        var caseIds = rows.Select(r => r.Request.AssessmentCaseId).Distinct().ToList();
        var exceptions = (await db.TimescaleExceptions.AsNoTracking().Where(e => caseIds.Contains(e.AssessmentCaseId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.AssessmentCaseId);
        var all = rows
            .Select(r => new Row(
                r.ChildId,
                r.Request.Id,
                r.Child,
                AdviceTimeliness.DisplayName(r.Request.Type),
                r.Invitation is { } i ? $"{PortalRoles.DisplayName(i.Role)}, {i.Organisation}" : "You, as family",
                r.Request.RequestedOn,
                AssessmentDeadlines.AdviceFor(r.Request, exceptions[r.Request.AssessmentCaseId], today),
                r.HasDraft))
            .OrderBy(r => r.Deadline.Due)
            .ThenBy(r => r.ChildName, StringComparer.Ordinal)
            .ToList();
        Open = [.. all.Where(r => r.Deadline.State is not (DeadlineState.Met or DeadlineState.MetLate))];
        Submitted = [.. all.Where(r => r.Deadline.State is DeadlineState.Met or DeadlineState.MetLate).OrderByDescending(r => r.Deadline.Due)];
    }
}
