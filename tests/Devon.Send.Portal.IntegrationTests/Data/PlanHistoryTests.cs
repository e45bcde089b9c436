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
