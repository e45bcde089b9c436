using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// Where a child's case is, on one page, in plain English: the week of the 20, what happens next and when, who is
/// waiting on whom, what is late, and the decision with its reasons. The family, the professionals and the
/// caseworker see the same facts.
/// </summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock, IOptions<CouncilTargets> targets) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public bool CanManage { get; private set; }
    public bool CanRecordMediation { get; private set; }
    public bool IsFamily { get; private set; }
    public AssessmentCase? Case { get; private set; }
    public CaseTimeline? Timeline { get; private set; }
    public CaseStatus? Status { get; private set; }
    public AssessmentRequest? Asked { get; private set; }
    public CaseDecision? Decision { get; private set; }

    /// <summary>Whom the family can contact: the caseworker, and the SEND team's phone and email.</summary>
    public sealed record Contact(string? Caseworker, string? Team, string? Phone, string? Email);

    public Contact? WhoToContact { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Advice that is late, from whom, and whether the council has reminded them.</summary>
    public IReadOnlyList<LateAdvice> LateAdvice { get; private set; } = [];

    /// <summary>What late advice means for the final plan, while no draft has been sent.</summary>
    public string? FinalPlanOutlook { get; private set; }

    /// <summary>For those who manage the case while the child is being assessed: the advice the law requires that nobody has been asked for.</summary>
    public IReadOnlyList<AdviceRequirement>? AdviceToAsk { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        Today = today;
        var child = await db.Children.AsNoTracking().Where(c => c.Id == ChildId).Select(c => new
        {
            c.GivenName,
            c.FamilyName,
            c.DateOfBirth,
            Caseworker = db.Users.Where(u => u.Id == c.CaseworkerId).Select(u => u.DisplayName).FirstOrDefault(),
            Team = db.SendTeams.Where(t => t.Id == c.SendTeamId).Select(t => new { t.Name, t.Phone, t.Email }).FirstOrDefault(),
        }).SingleAsync(cancellationToken);
        WhoToContact = new Contact(child.Caseworker, child.Team?.Name, child.Team?.Phone, child.Team?.Email);
        ChildName = $"{child.GivenName} {child.FamilyName}";
        GivenName = child.GivenName;
        CanManage = HttpContext.ChildPermissions().CanManage;
        CanRecordMediation = HttpContext.ChildPermissions().Has(ChildAction.RecordMediation);
        IsFamily = PortalRoles.Families.Any(User.IsInRole);
        Case = await db.AssessmentCases.AsNoTracking()
            .Include(c => c.AdviceRequests).Include(c => c.TimescaleExceptions).Include(c => c.AnnualReviews).Include(c => c.Mediations).Include(c => c.Appeals).Include(c => c.Cessations).AsSplitQuery()
            .Where(c => c.ChildId == ChildId)
            .OrderByDescending(c => c.RequestReceivedOn)
            .FirstOrDefaultAsync(cancellationToken);
        if (Case is null)
        {
            return;
        }

        // The family's first response to the latest draft met the 15 days (or came late); a newer draft starts them again.
        var latestDraft = await db.Plans.Where(p => p.ChildId == ChildId)
            .SelectMany(p => db.PlanVersions.Where(v => v.PlanId == p.Id && v.Kind == PlanVersionKind.Draft))
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        var responded = latestDraft is null ? null : await db.DraftResponses.Where(r => r.VersionId == latestDraft)
            .OrderBy(r => r.Number).Select(r => (DateTimeOffset?)r.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        Timeline = CaseTimeline.Of(Case, child.DateOfBirth, today, responded is { } at ? DateOnly.FromDateTime(at.ToUkTime().DateTime) : null,
            underFiveReviewTargetMonths: targets.Value.UnderFiveReviewMonths);
        Status = CaseStatus.Of(Timeline);
        var late = Timeline.Overdue.Where(d => d.Kind == DeadlineKind.Advice).Select(d => (d.Contributor, d.Due)).ToHashSet();
        if (late.Count > 0)
        {
            var invitations = Case.AdviceRequests.Where(a => a.InvitationId is not null).Select(a => a.InvitationId!.Value).ToList();
            var from = await db.ProfessionalInvitations.AsNoTracking().Where(i => invitations.Contains(i.Id))
                .ToDictionaryAsync(i => i.Id, i => (i.Organisation, i.Role), cancellationToken);
            LateAdvice = [.. Case.AdviceRequests
                .Where(a => a.SubmittedOn is null && a.InvitationId is { } id && from.ContainsKey(id) && late.Contains((a.Type, a.DueOn)))
                .OrderBy(a => a.DueOn)
                .Select(a => new LateAdvice(a.Type, from[a.InvitationId!.Value].Organisation, PortalRoles.DisplayName(from[a.InvitationId!.Value].Role), a.DueOn, a.ChasedOn))];
            FinalPlanOutlook = Domain.LateAdvice.FinalPlanSentence(Timeline, Case.DraftPlanIssuedOn is not null, IsFamily, today);
        }

        AdviceToAsk = CanManage && RequiredAdvice.IsBeingAssessed(Case) ? RequiredAdvice.NotYetAsked(Case, child.GivenName, child.DateOfBirth, today) : null;
        Asked = await db.AssessmentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.AssessmentCaseId == Case.Id, cancellationToken);
        Decision = await db.CaseDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.AssessmentCaseId == Case.Id, cancellationToken);
    }
}
