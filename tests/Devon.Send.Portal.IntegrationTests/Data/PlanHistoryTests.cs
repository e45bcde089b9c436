using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Data;

/// <summary>A plan's history can only grow: the data layer refuses to change it, and anything changed behind its back is caught.</summary>
public sealed class PlanHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_datas_history_is_written_by_the_people_it_pretends_to_be_before_today()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ChildId != null).ToListAsync();
        var revisions = await db.SectionRevisions.AsNoTracking().ToListAsync();
        var versions = await db.PlanVersions.AsNoTracking().ToListAsync();
        var plans = await db.Plans.AsNoTracking().ToListAsync();
        var advice = await db.AdviceRequests.AsNoTracking().ToListAsync();

        Assert.Contains(events, e => e.Detail == "EHC plan started");
        Assert.All(events, e => Assert.True(e.ActorUserId is not null && e.ActorName is not null && e.At < PortalFactory.Today, $"{e.Detail} by {e.ActorName ?? "nobody"} at {e.At}"));
        Assert.All(revisions, r => Assert.True(r.AuthorId is not null && r.CreatedAt < PortalFactory.Today, $"Section {r.SectionCode} by {r.AuthorName} at {r.CreatedAt}"));
        Assert.All(versions, v => Assert.True(v.IssuedById is not null && v.IssuedAt < PortalFactory.Today, $"{v.Label} at {v.IssuedAt}"));
        Assert.All(plans, p => Assert.True(p.CreatedAt <= revisions.Where(r => r.PlanId == p.Id).Min(r => r.CreatedAt), "A plan is started before its first section is written"));
        Assert.All(advice, a => Assert.True(a.RequestedById is not null && (a.SubmittedOn is null) == (a.SubmittedById is null), $"{a.Type} advice asked on {a.RequestedOn}"));
    }

    [Fact]
    public async Task Revisions_and_versions_cannot_be_changed_or_deleted_through_the_application_or_the_database()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var version = await db.PlanVersions.FirstAsync();
        var revision = await db.SectionRevisions.FirstAsync();

        db.SectionRevisions.Remove(revision);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        db.Entry(version).State = EntityState.Modified;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        foreach (var sql in new[]
        {
            "UPDATE SectionRevisions SET Reason = 'tampered'",
            "DELETE FROM SectionRevisions",
            "UPDATE PlanVersions SET OverrideReason = 'tampered'",
            "DELETE FROM PlanVersions",
            "UPDATE PlanVersionSections SET SectionCode = 'Z'",
            "DELETE FROM PlanVersionSections",
        })
        {
            var refused = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(sql));
            Assert.Contains("Plan history is append-only", refused.Message, StringComparison.Ordinal);
        }
    }
}
