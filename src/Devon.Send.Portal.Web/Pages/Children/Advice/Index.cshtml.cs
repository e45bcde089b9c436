using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>Every request for advice on a child's case, who was asked, when it is due, whether it is late, and the advice given.</summary>
public sealed class IndexModel(PortalDbContext db, AdviceService advice, TimeProvider clock) : PageModel
{
    public sealed record Row(
        Guid Id,
        string Type,
        string Who,
        DateOnly RequestedOn,
        Deadline Deadline,
        string? SubmittedBy,
        DateTimeOffset? SubmittedAt,
        IReadOnlyList<AdviceSection> Sections,
        IReadOnlyList<AdviceAttachment> Attachments)
    {
        /// <summary>The family's own advice (no professional was invited for it): never chased.</summary>
        public bool FromTheFamily { get; init; }
    }

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public bool CanManage { get; private set; }
    public IReadOnlyList<Row> Requests { get; private set; } = [];

    /// <summary>The caseworker reminds a contributor of advice still to come, with one button.</summary>
    public async Task<IActionResult> OnPostChaseAsync(Guid requestId, CancellationToken cancellationToken)
    {
        if (!HttpContext.ChildPermissions().CanManage)
        {
            return Forbid();
        }

        var request = await db.AdviceRequests
            .SingleOrDefaultAsync(a => a.Id == requestId && db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == ChildId), cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var type = AdviceTimeliness.DisplayName(request.Type).ToLowerInvariant();
        if (await advice.ChaseAsync(request, ChildId, User, cancellationToken))
        {
            TempData["Success"] = $"We have reminded them about the {type} advice, in the portal and by email";
        }
        else
        {
            TempData["Success"] = request.SubmittedOn is not null
                ? $"The {type} advice has already been given"
                : $"No reminder was sent: they were reminded today already, or have not signed in to the portal yet";
        }

        return Redirect($"/children/{ChildId}/advice");
    }

    /// <summary>Who gives the family's advice, as the reader calls them: "You" to the family, "Leo Carter's family" to others.</summary>
    private string FamilyWho => PortalRoles.Families.Any(User.IsInRole) ? "You" : $"{ChildName}'s family";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = HttpContext.ChildPermissions().CanManage;
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var today = clock.UkToday();
        var requests = await db.AdviceRequests.AsNoTracking()
            .Where(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == ChildId))
            .Select(a => new
            {
                Request = a,
                Invitation = db.ProfessionalInvitations.Where(i => i.Id == a.InvitationId).Select(i => new { i.Role, i.Organisation }).FirstOrDefault(),
                SubmittedBy = db.Users.Where(u => u.Id == a.SubmittedById).Select(u => u.DisplayName).FirstOrDefault(),
                // A draft is the contributor's alone until they submit it.
                Sections = a.SubmittedOn == null ? new List<AdviceSection>() : a.Sections.ToList(),
                Attachments = a.SubmittedOn == null ? new List<AdviceAttachment>() : a.Attachments.OrderBy(f => f.UploadedAt).ToList(),
            })
            .ToListAsync(cancellationToken);
        var caseIds = requests.Select(r => r.Request.AssessmentCaseId).Distinct().ToList();
        var exceptions = (await db.TimescaleExceptions.AsNoTracking().Where(e => caseIds.Contains(e.AssessmentCaseId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.AssessmentCaseId);
        Requests = requests
            .Select(r => new Row(
                r.Request.Id,
                AdviceTimeliness.DisplayName(r.Request.Type),
                r.Invitation is { } i ? $"{PortalRoles.DisplayName(i.Role)}, {i.Organisation}" : FamilyWho,
                r.Request.RequestedOn,
                AssessmentDeadlines.AdviceFor(r.Request, exceptions[r.Request.AssessmentCaseId], today),
                r.SubmittedBy,
                r.Request.SubmittedAt,
                [.. r.Sections.OrderBy(s => PlanSections.Codes.ToList().IndexOf(s.SectionCode))],
                r.Attachments) { FromTheFamily = r.Invitation is null })
            .OrderBy(r => r.SubmittedAt is not null)
            .ThenBy(r => r.Deadline.Due)
            .ToList();
    }
}
