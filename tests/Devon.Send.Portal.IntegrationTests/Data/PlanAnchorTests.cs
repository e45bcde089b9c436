using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Data;

/// <summary>
/// <c>verify-plans</c> against someone with database access who drops the append-only triggers, cuts the newest rows
/// off a plan's history and puts the triggers back: the chains left are valid, and only the audit log's anchors show
/// what was there. Its own portal, as it breaks the guards; each test tampers with a different child's plan.
/// </summary>
public sealed class PlanAnchorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Verify_plans_names_the_plan_and_section_whose_newest_revision_was_deleted()
    {
        var (db, scope) = await DbAsync();
        await using var _ = scope;
        var plan = await PlanOfAsync(db, "Noah");
        var newest = await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == plan && r.SectionCode == "C")
            .OrderByDescending(r => r.Number).Select(r => new { r.Id, r.Number, r.CreatedAt }).FirstAsync();

        await WithoutTriggersAsync(db, ["SectionRevisions_NoDelete"], () => db.Database.ExecuteSqlAsync($"DELETE FROM SectionRevisions WHERE Id = {newest.Id}"));
        var verify = await PortalCommand.RunAsync(db.Database.GetConnectionString()!, "verify-plans");

        Assert.True(verify.ExitCode == 2, verify.Output + verify.Errors);
        Assert.Contains($"ALTERED: plan {plan}", verify.Output, StringComparison.Ordinal);
        Assert.Contains($"Section C's newest revision (number {newest.Number}, saved {newest.CreatedAt.ToUkDate()}) is missing; the audit log records it",
            verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_plans_names_the_plan_whose_newest_issued_version_was_deleted()
    {
        var (db, scope) = await DbAsync();
        await using var _ = scope;
        var plan = await PlanOfAsync(db, "Leo");
        var newest = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == plan)
            .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Number, v.IssuedAt }).FirstAsync();

        await WithoutTriggersAsync(db, ["PlanVersionSections_NoDelete", "PlanVersions_NoDelete"], async () =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM PlanVersionSections WHERE VersionId = {newest.Id}");
            return await db.Database.ExecuteSqlAsync($"DELETE FROM PlanVersions WHERE Id = {newest.Id}");
        });
        var verify = await PortalCommand.RunAsync(db.Database.GetConnectionString()!, "verify-plans");

        Assert.True(verify.ExitCode == 2, verify.Output + verify.Errors);
        Assert.Contains($"ALTERED: plan {plan}", verify.Output, StringComparison.Ordinal);
        Assert.Contains($"The newest issued version (number {newest.Number}, issued {newest.IssuedAt.ToUkDate()}) is missing; the audit log records it",
            verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_plans_counts_a_history_saved_before_anchors_were_recorded_as_not_anchored_rather_than_altered()
    {
        var (db, scope) = await DbAsync();
        await using var _ = scope;
        var plan = await PlanOfAsync(db, "Mia");

        // Entries written before the audit log carried anchors have none: take Mia's away to make her plan's history such a one.
        await WithoutTriggersAsync(db, ["AuditEvents_NoUpdate"], () => db.Database.ExecuteSqlAsync(
            $"UPDATE AuditEvents SET AnchorPlanId = NULL, AnchorSection = NULL, AnchorNumber = NULL, AnchorHash = NULL WHERE AnchorPlanId = {plan}"));
        var verify = await PortalCommand.RunAsync(db.Database.GetConnectionString()!, "verify-plans");

        Assert.DoesNotContain($"ALTERED: plan {plan}", verify.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ chains anchored in the audit log, [1-9]\d* not anchored", verify.Output);
    }

    private async Task<(PortalDbContext Db, AsyncServiceScope Scope)> DbAsync()
    {
        var scope = factory.Services.CreateAsyncScope();
        return (scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope);
    }

    private async Task<Guid> PlanOfAsync(PortalDbContext db, string child)
    {
        var childId = await factory.ChildIdAsync(child);
        return await db.Plans.Where(p => p.ChildId == childId).Select(p => p.Id).SingleAsync();
    }

    /// <summary>Drops the triggers, makes the change and creates the triggers again exactly as they were.</summary>
    private static async Task WithoutTriggersAsync(PortalDbContext db, string[] triggers, Func<Task<int>> change)
    {
        var definitions = new List<string>();
        foreach (var trigger in triggers)
        {
            definitions.Add(await db.Database.SqlQuery<string>($"SELECT sql AS Value FROM sqlite_master WHERE type = 'trigger' AND name = {trigger}").SingleAsync());
            var drop = $"DROP TRIGGER {trigger}";
            await db.Database.ExecuteSqlRawAsync(drop);
        }

        Assert.True(await change() > 0);
        foreach (var definition in definitions)
        {
            await db.Database.ExecuteSqlRawAsync(definition);
        }
    }
}
