using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Plans;

/// <summary>
/// The <c>verify-plans</c> command: checks every plan's hash chains and names each plan whose history was
/// altered behind the portal's back. Each chain's newest row is also compared with the newest anchor in the audit log,
/// so a history cut short is caught too. Plans are read one at a time, so memory stays flat however many there are.
/// </summary>
public sealed class PlanVerification(PortalDbContext db)
{
    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var planIds = await db.Plans.AsNoTracking().OrderBy(p => p.CreatedAt).Select(p => new { p.Id, p.ChildId }).ToListAsync(cancellationToken);
        int revisions = 0, versions = 0, altered = 0, anchored = 0, notAnchored = 0;
        foreach (var plan in planIds)
        {
            var planRevisions = await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken);
            var planVersions = await db.PlanVersions.AsNoTracking().Include(v => v.Sections).Where(v => v.PlanId == plan.Id).ToListAsync(cancellationToken);
            revisions += planRevisions.Count;
            versions += planVersions.Count;
            var anchors = await db.AuditEvents.AsNoTracking().Where(e => e.AnchorPlanId == plan.Id && e.AnchorHash != null)
                .Select(e => new RecordedAnchor(e.AnchorSection, e.AnchorNumber!.Value, e.AnchorHash!, e.At)).ToListAsync(cancellationToken);
            var check = PlanIntegrity.CheckAnchors(planRevisions, planVersions, anchors);
            anchored += check.Anchored;
            notAnchored += check.NotAnchored;
            var problems = PlanIntegrity.Verify(planRevisions, planVersions).Concat(check.Problems).ToList();
            if (problems.Count > 0)
            {
                altered++;
                await output.WriteLineAsync($"ALTERED: plan {plan.Id} (child record {plan.ChildId})");
                foreach (var problem in problems)
                {
                    await output.WriteLineAsync($"  {problem}");
                }
            }
        }

        var counts = $"{revisions} section revisions, {versions} issued versions checked; {anchored} chains anchored in the audit log, {notAnchored} not anchored";
        await output.WriteLineAsync(altered == 0
            ? $"All {planIds.Count} plans are intact ({counts})."
            : $"{altered} of {planIds.Count} plans have an altered history ({counts}).");
        return altered == 0 ? 0 : 2;
    }
}
