using System.Security.Claims;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Home;

public sealed record ChildCase(Guid ChildId, string Name, DateOnly DateOfBirth, CaseStatus? Status, bool DecidesFamilyAccess)
{
    /// <summary>The young person reading about themselves.</summary>
    public bool IsYou { get; init; }

    public string Whose => ChildName.Whose(Name, IsYou);
}

public sealed record EndedAccess(string ChildName, DateTimeOffset EndedAt);

public sealed record InvitationRow(Guid ChildId, string ChildName, string Role, string Organisation, DateOnly EndsOn, Deadline? AdviceDue);

public sealed record LocalOfferSummary(int Pages, int WaitingForApproval, int DueForReview, int Problems);

/// <summary>What each role sees on its home page. Children come only through <see cref="ChildAccess"/>.</summary>
public sealed class HomeQueries(PortalDbContext db, ChildAccess access, TimeProvider clock, LocalOfferLibrary library)
{
    public async Task<IReadOnlyList<ChildCase>> ChildCasesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var userId = user.UserId();
        var children = await access.VisibleTo(user)
            .AsNoTracking()
            .Include(c => c.Cases).ThenInclude(c => c.AdviceRequests)
            .Include(c => c.Cases).ThenInclude(c => c.AnnualReviews)
            .Include(c => c.Cases).ThenInclude(c => c.Appeals)
            .Include(c => c.Cases).ThenInclude(c => c.TimescaleExceptions)
            .Include(c => c.Cases).ThenInclude(c => c.Cessations)
            .Include(c => c.Family.Where(f => f.UserId == userId))
            .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName)
            .ToListAsync(cancellationToken);
        return children
            .Select(c => new ChildCase(
                c.Id,
                c.FullName,
                c.DateOfBirth,
                c.Cases.OrderByDescending(x => x.RequestReceivedOn).FirstOrDefault() is { } latest ? CaseStatus.Of(latest, c.DateOfBirth, today) : null,
                c.Family.Any(f => f.IsYoungPerson) && user.IsInRole(PortalRoles.YoungPerson) && YoungPersonRights.HaveStarted(c.DateOfBirth, today))
            {
                IsYou = c.Family.Any(f => f.IsYoungPerson) && user.IsInRole(PortalRoles.YoungPerson),
            })
            .ToList();
    }

    /// <summary>How many requests made to the person's SEND team wait for a caseworker to take them.</summary>
    public async Task<int> NewRequestsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var teamId = await db.Users.Where(u => u.Id == userId).Select(u => u.SendTeamId).SingleAsync(cancellationToken);
        return teamId is null ? 0 : await db.Children.CountAsync(c => c.CaseworkerId == null && c.SendTeamId == teamId && c.Cases.Any(x => x.ClosedOn == null), cancellationToken);
    }

    /// <summary>Children whose young person decided this parent should no longer see their plan.</summary>
    public async Task<IReadOnlyList<EndedAccess>> EndedAccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return await db.FamilyLinks.AsNoTracking()
            .Where(f => f.UserId == userId && f.AccessEndedAt != null)
            .Join(db.Children, f => f.ChildId, c => c.Id, (f, c) => new EndedAccess(c.GivenName + " " + c.FamilyName, f.AccessEndedAt!.Value))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InvitationRow>> InvitationsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var invitations = await access.InvitationsHeldBy(user).AsNoTracking()
            .Select(i => new
            {
                i.ChildId,
                i.Child!.GivenName,
                i.Child.FamilyName,
                i.Role,
                i.Organisation,
                i.EndsOn,
                Pending = db.AdviceRequests.Where(a => a.InvitationId == i.Id && a.SubmittedOn == null).ToList(),
            })
            .ToListAsync(cancellationToken);
        var caseIds = invitations.SelectMany(i => i.Pending).Select(a => a.AssessmentCaseId).Distinct().ToList();
        var exceptions = caseIds.Count == 0
            ? Enumerable.Empty<TimescaleException>().ToLookup(e => e.AssessmentCaseId)
            : (await db.TimescaleExceptions.AsNoTracking().Where(e => caseIds.Contains(e.AssessmentCaseId)).ToListAsync(cancellationToken))
                .ToLookup(e => e.AssessmentCaseId);
        return invitations
            .Select(i => new InvitationRow(
                i.ChildId,
                $"{i.GivenName} {i.FamilyName}",
                PortalRoles.DisplayName(i.Role),
                i.Organisation,
                i.EndsOn,
                SoonestAdvice(i.Pending, exceptions, today)))
            .OrderBy(i => i.AdviceDue?.Due ?? DateOnly.MaxValue)
            .ThenBy(i => i.ChildName)
            .ToList();
    }

    /// <summary>What a Local Offer editor needs to act on: others' changes to approve, pages due for review, content problems.</summary>
    public async Task<LocalOfferSummary> LocalOfferAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var content = library.Current;
        var userId = user.UserId();
        var waiting = await db.LocalOfferDrafts.CountAsync(d => d.Status == DraftStatus.Submitted && d.AuthorId != userId, cancellationToken);
        var today = clock.UkToday();
        return new LocalOfferSummary(content.Pages.Count, waiting, content.Pages.Count(p => p.Document.IsDueForReview(today)), content.Problems.Count);
    }

    /// <summary>The advice this person owes soonest, read by the same rule as the case page, so an exception that lifts the limit shows here too.</summary>
    private static Deadline? SoonestAdvice(List<AdviceRequest> pending, ILookup<Guid, TimescaleException> exceptions, DateOnly today) =>
        pending
            .Select(a => AssessmentDeadlines.AdviceFor(a, exceptions[a.AssessmentCaseId], today) with { What = "Your advice", Subject = "your advice" })
            .OrderBy(d => d.IsOpen ? 0 : 1)
            .ThenBy(d => d.Due)
            .FirstOrDefault();
}
