using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Reports;

public sealed record Caseload(string Caseworker, int OpenCases)
{
    public bool OverCap => OpenCases > PerformanceFigures.CaseloadCap;
}

public sealed record OverdueReview(string ChildName, string? Caseworker, DateOnly Due, int DaysOverdue);

/// <param name="Overdue">Annual reviews overdue under s44(1): past the 12 months starting with the plan or the last review.</param>
/// <param name="PastUnderFiveTarget">Plans of children under 5 past the council's own review target (CoP 9.178) but not overdue in law.</param>
public sealed record ReviewsPastDue(IReadOnlyList<OverdueReview> Overdue, IReadOnlyList<OverdueReview> PastUnderFiveTarget);

/// <summary>
/// The managers' figures, computed from the portal's own data: every case in it, including the history imported
/// from the previous system. The monthly table is one query and one pure function (<see cref="TimelinessTable"/>),
/// shared by the dashboard, its CSV download and the <c>report timeliness</c> command.
/// </summary>
public sealed class PerformanceFigures(PortalDbContext db, ChildAccess access, TimeProvider clock)
{
    /// <summary>The council's target caseload per caseworker (Devon's caseworkers hold up to 300 cases against a target of 200).</summary>
    public const int CaseloadCap = 200;

    /// <summary>
    /// The monthly timeliness table. With no <paramref name="teamOf"/>, the whole council's cases, imported history
    /// included; with one, only the cases of the children that person's team holds in the portal.
    /// </summary>
    public async Task<IReadOnlyList<MonthFigures>> TimelinessAsync(CalendarMonth from, CalendarMonth to, ClaimsPrincipal? teamOf = null, CancellationToken cancellationToken = default)
    {
        var first = new CalendarMonth(from.Year, 1).FirstDay;
        var last = to.LastDay;
        var cases = db.AssessmentCases.AsNoTracking();
        if (teamOf is not null)
        {
            var children = access.VisibleTo(teamOf);
            cases = cases.Where(c => children.Any(child => child.Id == c.ChildId));
        }

        // Only the cases that can count: received by the end of the table, and either issued, received or still open in it.
        // A plan transferred in from another council was not assessed here, so its case never counts (Reg 15(3)).
        var dates = await cases
            .Where(c => c.TransferredInOn == null && c.RequestReceivedOn <= last && (
                c.RequestReceivedOn >= first ||
                (c.FinalPlanIssuedOn >= first && c.FinalPlanIssuedOn <= last) ||
                ((c.FinalPlanIssuedOn == null || c.FinalPlanIssuedOn > first) && (c.ClosedOn == null || c.ClosedOn > first) && (c.RefusedOn == null || c.RefusedOn > first))))
            .Select(c => new CaseDates(c.RequestReceivedOn, c.FinalPlanIssuedOn, c.ClosedOn, c.RefusedOn, c.TimescaleExceptions.Any(e => (e.Limits & ExceptionLimits.FinalPlan) != 0)))
            .ToListAsync(cancellationToken);
        return TimelinessTable.Compute(dates, from, to);
    }

    /// <summary>Advice for the cases of the children this person's team holds, per kind of contributor.</summary>
    public async Task<IReadOnlyList<AdviceTimelinessRow>> AdviceAsync(ClaimsPrincipal user, CalendarMonth from, CalendarMonth to, CancellationToken cancellationToken = default)
    {
        var children = access.VisibleTo(user);
        var advice = await db.AdviceRequests.AsNoTracking()
            .Where(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && children.Any(child => child.Id == c.ChildId)))
            .Select(a => new AdviceDates(a.Type, a.RequestedOn, a.SubmittedOn))
            .ToListAsync(cancellationToken);
        return AdviceTimeliness.Compute(advice, from.FirstDay, to.LastDay, clock.UkToday());
    }

    /// <summary>
    /// Open cases per caseworker of this person's team: children they hold with a case that is neither closed nor
    /// refused. Every caseworker of the team is listed, with none if they hold none.
    /// </summary>
    public async Task<IReadOnlyList<Caseload>> CaseloadsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var team = user.SendTeamId();
        var held = await access.VisibleTo(user).AsNoTracking()
            .Where(c => c.CaseworkerId != null && c.Cases.Any(x => x.ClosedOn == null && x.RefusedOn == null))
            .GroupBy(c => c.CaseworkerId!)
            .Select(g => new { CaseworkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.CaseworkerId, x => x.Count, cancellationToken);
        var caseworkerRole = await db.Roles.Where(r => r.Name == PortalRoles.Caseworker).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(u => held.Keys.Contains(u.Id) || (team != null && u.SendTeamId == team && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == caseworkerRole)))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        return people
            .Select(p => new Caseload(p.DisplayName, held.GetValueOrDefault(p.Id)))
            .OrderByDescending(c => c.OpenCases).ThenBy(c => c.Caseworker, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Final plans of this person's team's children whose annual review is overdue today under s44, most overdue first;
    /// and, apart from them, those of children under 5 past the council's own target of <paramref name="underFiveTargetMonths"/>
    /// months (0 for none) but still within the law's 12 months.
    /// </summary>
    public async Task<ReviewsPastDue> ReviewsPastDueAsync(ClaimsPrincipal user, int underFiveTargetMonths, CancellationToken cancellationToken = default)
    {
        var today = clock.UkToday();
        var children = access.VisibleTo(user);
        var plans = await db.AssessmentCases.AsNoTracking()
            .Where(c => c.FinalPlanIssuedOn != null && c.ClosedOn == null && !c.Cessations.Any(x => x.CeasesOn != null && x.CeasesOn <= today) && children.Any(child => child.Id == c.ChildId))
            .Select(c => new
            {
                Name = c.Child!.GivenName + " " + c.Child.FamilyName,
                c.Child.DateOfBirth,
                c.Child.CaseworkerId,
                Since = c.LastAnnualReviewOn ?? c.FinalPlanIssuedOn!.Value,
                c.TransferredInOn,
            })
            .ToListAsync(cancellationToken);
        var caseworkerIds = plans.Select(p => p.CaseworkerId).OfType<string>().Distinct().ToList();
        var caseworkers = await db.Users.AsNoTracking().Where(u => caseworkerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var dated = plans.Select(p => new
        {
            p.Name,
            Caseworker = p.CaseworkerId is { } id ? caseworkers.GetValueOrDefault(id) : null,
            Due = StatutoryClock.ReviewDue(p.Since, p.TransferredInOn),
            Target = StatutoryClock.UnderFiveReviewTarget(p.Since, p.DateOfBirth, underFiveTargetMonths),
        }).ToList();
        return new(
            [.. dated.Where(x => x.Due < today).Select(x => new OverdueReview(x.Name, x.Caseworker, x.Due, today.DayNumber - x.Due.DayNumber)).OrderByDescending(r => r.DaysOverdue)],
            [.. dated.Where(x => x.Due >= today && x.Target is { } t && t < today)
                .Select(x => new OverdueReview(x.Name, x.Caseworker, x.Target!.Value, today.DayNumber - x.Target.Value.DayNumber)).OrderByDescending(r => r.DaysOverdue)]);
    }
}
