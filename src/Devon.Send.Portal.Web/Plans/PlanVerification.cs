using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Plans;

/// <summary>
/// The <c>verify-plans</c> command: checks every plan's hash chains and names each plan whose history was
/// altered behind the portal's back. Plans are read one at a time, so memory stays flat however many there are.
/// </summary>
public sealed class PlanVerification(PortalDbContext db)
{
    public async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        var planIds = await db.Plans.AsNoTracking().OrderBy(p => p.CreatedAt).Select(p => new { p.Id, p.ChildId }).ToListAsync(cancellationToken);
        int revisions = 0, versions = 0, altered = 0;
        foreach (var plan in planIds)
        {
            var planRevisions = await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken);
            var planVersions = await db.PlanVersions.AsNoTracking().Include(v => v.Sections).Where(v => v.PlanId == plan.Id).ToListAsync(cancellationToken);
            revisions += planRevisions.Count;
            versions += planVersions.Count;
            var problems = PlanIntegrity.Verify(planRevisions, planVersions);
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

        await output.WriteLineAsync(altered == 0
            ? $"All {planIds.Count} plans are intact ({revisions} section revisions, {versions} issued versions checked)."
            : $"{altered} of {planIds.Count} plans have an altered history ({revisions} section revisions, {versions} issued versions checked).");
        return altered == 0 ? 0 : 2;
    }
}
