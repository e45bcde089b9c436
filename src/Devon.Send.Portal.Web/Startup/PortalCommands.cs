using System.Globalization;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Email;
using Devon.Send.Portal.Web.LocalOffer;
using Devon.Send.Portal.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Console;

namespace Devon.Send.Portal.Web.Startup;

/// <summary>
/// The web app's command verbs, run instead of the web server against the configured database (created and migrated
/// if new): <c>seed-demo-data</c>, <c>import-assessments FILE</c>, <c>report timeliness --from YYYY-MM --to YYYY-MM</c>, <c>verify-plans</c>,
/// <c>check-local-offer [FOLDER]</c> (which needs no database), <c>export-local-offer [FOLDER]</c>, <c>backup FILE</c> and <c>purge-expired-records [--dry-run]</c>.
/// Standard output carries only the result (the CSV, for a report); logs and problems go to standard error.
/// </summary>
public static class PortalCommands
{
    private const string Usage = """
        Usage:
          import-assessments FILE                              import case history from a CSV file
          report timeliness --from YYYY-MM --to YYYY-MM        print the monthly timeliness table as CSV
          seed-demo-data                                       load the demo data into an empty database
          verify-plans                                         check every plan's history for changes made behind the portal's back
          check-local-offer [FOLDER]                           list every problem in the Local Offer's content files, with file and line
          export-local-offer [FOLDER]                          write pages published in the portal back to the content files
          backup FILE                                          copy the SQLite database, while the portal runs, to a new file
          purge-expired-records [--dry-run]                    destroy the records of children past the retention rule (Retention:YearsAfterDateOfBirth)
        """;

    public static bool IsCommand(string[] args) =>
        args is ["seed-demo-data" or "import-assessments" or "report" or "verify-plans" or "check-local-offer" or "export-local-offer" or "backup" or "purge-expired-records", ..];

    /// <summary>Keeps standard output for the command's result: log lines (warnings and worse) go to standard error.</summary>
    public static void SendLogsToStandardError(WebApplicationBuilder builder)
    {
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            return args switch
            {
                ["seed-demo-data", ..] => await services.GetRequiredService<DemoSeeding>().SeedDemoDataCommandAsync(Console.Out),
                ["import-assessments", var file] => await ImportAsync(services, file),
                ["report", "timeliness", .. var options] => await ReportAsync(services, options),
                ["verify-plans"] => await VerifyPlansAsync(services),
                ["check-local-offer", .. var folder] => LocalOfferContent.Check(ContentFolder(services, folder), Console.Out, Console.Error),
                ["export-local-offer", .. var folder] => await ExportLocalOfferAsync(services, ContentFolder(services, folder)),
                ["backup", var file] => await BackupAsync(services, file),
                ["purge-expired-records", .. var options] when options is [] or ["--dry-run"] => await PurgeAsync(services, options is ["--dry-run"]),
                _ => Fail(Usage),
            };
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return Fail($"The command failed: {e.Message}");
        }
    }

    private static string ContentFolder(IServiceProvider services, string[] folder) =>
        folder is [var path] ? Path.GetFullPath(path) : services.GetRequiredService<LocalOfferLibrary>().ContentPath;

    private static async Task<int> ExportLocalOfferAsync(IServiceProvider services, string folder)
    {
        await services.GetRequiredService<PortalDatabase>().MigrateAsync(CancellationToken.None);
        return await LocalOfferContent.ExportAsync(services.GetRequiredService<PortalDbContext>(), folder, Console.Out);
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string file)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (!db.Database.IsSqlite())
        {
            return Fail("backup copies the SQLite database only. On SQL Server, use the platform's backups: Azure SQL Database keeps "
                + "point-in-time backups itself, and restores one with az sql db restore.");
        }

        return await SqliteBackup.RunAsync(db.Database.GetConnectionString()!, file, Console.Out, Console.Error);
    }

    private static async Task<int> PurgeAsync(IServiceProvider services, bool dryRun)
    {
        try
        {
            await services.GetRequiredService<PortalDatabase>().MigrateAsync(CancellationToken.None);
            return await services.GetRequiredService<Records.RecordRetention>().RunAsync(dryRun, Console.Out);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            return Fail(e.Message);
        }
    }

    private static async Task<int> VerifyPlansAsync(IServiceProvider services)
    {
        await services.GetRequiredService<PortalDatabase>().MigrateAsync(CancellationToken.None);
        return await services.GetRequiredService<Plans.PlanVerification>().RunAsync(Console.Out);
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string file)
    {
        if (!File.Exists(file))
        {
            return Fail($"There is no file at {file}.");
        }

        await services.GetRequiredService<PortalDatabase>().MigrateAsync(CancellationToken.None);
        await using var stream = File.OpenRead(file);
        var progress = new Progress<ImportProgress>(p =>
        {
            if (p is { Phase: ImportPhase.Saving, CasesSaved: var saved } && saved % 20000 < 2000)
            {
                Console.Error.WriteLine($"Saved {saved:N0} of {p.CasesToSave:N0} cases");
            }
        });
        var outcome = await services.GetRequiredService<CaseHistoryImport>().ImportAsync(stream, null, "import-assessments command", progress);
        if (!outcome.Imported)
        {
            foreach (var problem in outcome.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString());
            }

            var more = outcome.ProblemCount - outcome.Problems.Count;
            return Fail($"{(more > 0 ? $"…and {more:N0} more. " : "")}{Path.GetFileName(file)} has {outcome.ProblemCount:N0} {(outcome.ProblemCount == 1 ? "problem" : "problems")}: nothing was imported.");
        }

        await Console.Out.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("en-GB"),
            $"Imported {outcome.Added + outcome.Updated:N0} cases from {Path.GetFileName(file)}: {outcome.Added:N0} new, {outcome.Updated:N0} updated."));
        return 0;
    }

    private static async Task<int> ReportAsync(IServiceProvider services, string[] options)
    {
        string? from = null, to = null;
        for (var i = 0; i < options.Length; i++)
        {
            var (name, value) = options[i].Split('=', 2) is [var n, var v] ? (n, v) : (options[i], i + 1 < options.Length ? options[++i] : null);
            switch (name)
            {
                case "--from":
                    from = value;
                    break;
                case "--to":
                    to = value;
                    break;
                default:
                    return Fail($"Unknown option {name}.\n{Usage}");
            }
        }

        if (!CalendarMonth.TryParse(from, out var first) || !CalendarMonth.TryParse(to, out var last))
        {
            return Fail($"Give the months as --from YYYY-MM --to YYYY-MM, for example --from 2024-01 --to 2024-05.\n{Usage}");
        }

        if (last < first || first.MonthsUntil(last) >= TimelinessTable.MaxMonths)
        {
            return Fail($"--to must be the same month as --from or later, at most {TimelinessTable.MaxMonths} months on.");
        }

        await services.GetRequiredService<PortalDatabase>().MigrateAsync(CancellationToken.None);
        var rows = await services.GetRequiredService<PerformanceFigures>().TimelinessAsync(first, last);
        TimelinessTable.WriteCsv(rows, Console.Out);
        await Console.Out.FlushAsync();
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
