using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Data;

public sealed class DatabaseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Devon.Send.Portal.sln")))
        {
            folder = folder.Parent;
        }

        return folder.FullName;
    }

    [Fact]
    public void Sqlite_HasNoModelChangesWithoutAMigration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServer_HasNoModelChangesWithoutAMigration()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void SqlServer_IdempotentScriptInInfra_IsCurrent()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var committed = File.ReadAllText(Path.Combine(RepositoryRoot(), "infra", "sql", "portal-sqlserver.sql"));

        Assert.True(Normalise(committed) == Normalise(script),
            "infra/sql/portal-sqlserver.sql is out of date: run infra/sql/generate.sh and commit the result.");
    }

    [Fact]
    public async Task FirstRun_CreatesAndMigratesTheSqliteDatabaseAndLoadsTheDemoData()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(6, await db.Children.CountAsync());
        Assert.Equal(DemoData.AllAccounts.Count, await db.Users.CountAsync());
    }

    [Fact]
    public async Task DataProtectionKeys_AreKeptInTheDatabaseForEveryInstance()
    {
        using var client = factory.CreatePortalClient();
        await client.GetAsync("/account/sign-in");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task Sqlite_RunsInWriteAheadLogModeWithNormalSynchronisation()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // Opened the way the portal opens it, through EF, so its interceptors run: a connection opened directly skips
        // them, and whether it then reads NORMAL depended on which pooled connection it was given.
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("1", await PragmaAsync(connection, "synchronous"));
    }

    // SQLite drops a table's triggers when a migration rebuilds the table (as EF does for many column changes), so a
    // later migration can take the append-only guarantee away without failing. The database every test uses is
    // migrated from empty through every migration; the audit and plan history tests prove their triggers refuse.
    [Fact]
    public async Task Sqlite_AfterEveryMigration_StillHasEveryAppendOnlyTrigger()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'trigger' ORDER BY 1;";
        var triggers = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                triggers.Add(reader.GetString(0));
            }
        }

        Assert.Equal(
        [
            "AuditEvents.AuditEvents_NoDelete",
            "AuditEvents.AuditEvents_NoUpdate",
            "DraftComments.DraftComments_NoDelete",
            "DraftComments.DraftComments_NoUpdate",
            "DraftResponses.DraftResponses_NoDelete",
            "DraftResponses.DraftResponses_NoUpdate",
            "LocalOfferVersions.LocalOfferVersions_NoDelete",
            "LocalOfferVersions.LocalOfferVersions_NoUpdate",
            "PlanVersionSections.PlanVersionSections_NoDelete",
            "PlanVersionSections.PlanVersionSections_NoUpdate",
            "PlanVersions.PlanVersions_NoDelete",
            "PlanVersions.PlanVersions_NoUpdate",
            "SectionRevisions.SectionRevisions_NoDelete",
            "SectionRevisions.SectionRevisions_NoUpdate",
        ], triggers);
    }

    private static async Task<string?> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private static string Normalise(string sql) => sql.ReplaceLineEndings("\n").Trim();
}
