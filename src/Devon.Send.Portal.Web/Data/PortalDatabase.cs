using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Data;

/// <summary>Creates and migrates the database, with the roles.</summary>
public sealed class PortalDatabase(
    PortalDbContext db,
    RoleManager<IdentityRole> roles,
    IConfiguration configuration)
{
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
