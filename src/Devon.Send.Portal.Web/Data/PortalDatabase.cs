using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Data;

/// <summary>Creates and migrates the database at start-up, and loads the demo data where that is allowed.</summary>
public sealed class PortalDatabase(
    PortalDbContext db,
    RoleManager<IdentityRole> roles,
    DemoData demoData,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<PortalDatabase> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        if (configuration.GetValue("Database:SeedDemoData", false) && !environment.IsProduction() && !await db.Users.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Empty database: loading the demo data");
            await demoData.LoadAsync(cancellationToken);
        }
    }

    /// <summary>The <c>seed-demo-data</c> command: refused in Production, and on a database that already has accounts.</summary>
    public async Task<int> SeedDemoDataCommandAsync(TextWriter output)
    {
        if (environment.IsProduction())
        {
            await output.WriteLineAsync("Refused: demo data is never loaded into a Production environment.");
            return 1;
        }

        await MigrateAsync(CancellationToken.None);
        if (await db.Users.AnyAsync())
        {
            await output.WriteLineAsync("The database already has accounts; demo data was not loaded.");
            return 1;
        }

        await demoData.LoadAsync();
        await output.WriteLineAsync("Demo data loaded.");
        return 0;
    }

    /// <summary>Creates the database if it is new and brings it up to date (where <c>Database:MigrateOnStartup</c> allows), with the roles.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (!string.IsNullOrEmpty(source) && source != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(source)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        // SQL Server in production is migrated by the idempotent script in infra/, not by every instance at start-up.
        if (configuration.GetValue("Database:MigrateOnStartup", db.Database.IsSqlite()))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
