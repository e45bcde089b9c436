using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Demo;

/// <summary>Creates and migrates the database at start-up, and loads the demo data where that is allowed.</summary>
public sealed class DemoSeeding(
    PortalDatabase database,
    PortalDbContext db,
    DemoData demoData,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DemoSeeding> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await database.MigrateAsync(cancellationToken);
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

        await database.MigrateAsync(CancellationToken.None);
        if (await db.Users.AnyAsync())
        {
            await output.WriteLineAsync("The database already has accounts; demo data was not loaded.");
            return 1;
        }

        await demoData.LoadAsync();
        await output.WriteLineAsync("Demo data loaded.");
        return 0;
    }
}
