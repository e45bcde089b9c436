using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Pages.Dashboard;
using Devon.Send.Portal.Web.Reports;
using Devon.Send.Portal.Web.Security;
using Devon.Send.Portal.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Devon.Send.Portal.Benchmarks;

/// <summary>
/// A portal composed exactly as the web app composes itself (<c>AddPortal</c>), on a SQLite file of its own, for
/// calling the same services the upload page, the dashboard and the command verbs call.
/// </summary>
internal sealed class BenchmarkPortal
{
    private readonly WebApplication _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "portal-bench-" + Guid.NewGuid().ToString("N"));

    public BenchmarkPortal()
    {
        Directory.CreateDirectory(Folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = Folder });
        builder.Configuration["Portal:SingleServer"] = "true";
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(Folder, "portal.db")}";
        builder.Configuration["Smtp:Host"] = "127.0.0.1";
        builder.Configuration["Portal:PublicBaseUrl"] = "https://send-portal.devon.example/";
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.AddPortal();
        _app = builder.Build();
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task MigrateAsync() => WithAsync(async s =>
    {
        await s.GetRequiredService<PortalDatabase>().MigrateAsync(CancellationToken.None);
        return 0;
    });

    public Task<ImportOutcome> ImportAsync(string file) => WithAsync(async s =>
    {
        using var reader = new StreamReader(file);
        return await s.GetRequiredService<CaseHistoryImport>().ImportAsync(reader, null, "benchmark");
    });

    /// <summary>Stops the portal and deletes its database (BenchmarkDotNet's clean-up calls this, not a using).</summary>
    public async Task RemoveAsync()
    {
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>
/// Made-up case history at England's scale: about 100,000 requests a year, three in four assessed, most plans issued
/// between 14 and 57 weeks after the request, some refused, withdrawn or still open, a few with an exception.
/// </summary>
internal static class CaseHistoryGenerator
{
    public static string Write(string folder, int cases, DateOnly firstRequest, DateOnly lastRequest, string prefix = "BEN")
    {
        var path = Path.Combine(folder, $"history-{cases}.csv");
        var random = new Random(20261123);
        var days = lastRequest.DayNumber - firstRequest.DayNumber;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(CaseHistoryFile.Header + "\r\n");
        for (var i = 0; i < cases; i++)
        {
            var requested = DateOnly.FromDayNumber(firstRequest.DayNumber + random.Next(days + 1));
            var roll = random.NextDouble();
            string decision = "pending", decided = "", final = "", closed = "", reason = "";
            if (roll < 0.75)
            {
                var d = requested.AddDays(random.Next(20, 60));
                decision = "assess";
                decided = Iso(d);
                if (random.NextDouble() < 0.9)
                {
                    var f = d.AddDays(random.Next(60, 360));
                    final = f <= today ? Iso(f) : "";
                }
                else if (random.NextDouble() < 0.5)
                {
                    closed = Iso(d.AddDays(random.Next(30, 200)));
                    reason = random.NextDouble() < 0.5 ? "withdrawn" : "moved_away";
                }
            }
            else if (roll < 0.95)
            {
                decision = "refuse";
                decided = Iso(requested.AddDays(random.Next(20, 60)));
            }

            var exception = final.Length > 0 && random.NextDouble() < 0.02 ? "true" : "false";
            writer.Write($"{prefix}-{i:D7},{Iso(requested)},{decision},{decided},{final},{closed},{reason},{exception}\r\n");
        }

        return path;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// Whole operations of seconds, each timed as it runs (no batching of invocations), in the benchmark's own process:
/// the database work dominates, so a separate process would measure nothing more.
/// </summary>
internal abstract class WholeOperationConfig : ManualConfig
{
    protected WholeOperationConfig(int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations)
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

internal sealed class ImportConfig() : WholeOperationConfig(warmups: 0, iterations: 3);

internal sealed class ReportConfig() : WholeOperationConfig(warmups: 1, iterations: 10);

/// <summary>Goal: an import of 100,000 rows in under 30 s, new and again (every case then updated), on SQLite.</summary>
[Config(typeof(ImportConfig))]
public class CaseHistoryImportBenchmarks
{
    private string _folder = "";
    private string _file = "";
    private BenchmarkPortal? _portal;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void WriteFile()
    {
        _folder = Path.Combine(Path.GetTempPath(), "portal-bench-files-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _file = CaseHistoryGenerator.Write(_folder, Rows, new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31));
    }

    [IterationSetup(Target = nameof(Import_into_an_empty_database))]
    public void EmptyDatabase()
    {
        _portal = new BenchmarkPortal();
        _portal.MigrateAsync().GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(Import_again_updating_every_case))]
    public void DatabaseWithTheFileImported()
    {
        EmptyDatabase();
        _portal!.ImportAsync(_file).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Import_into_an_empty_database() => Check(await _portal!.ImportAsync(_file)).Added;

    [Benchmark]
    public async Task<int> Import_again_updating_every_case() => Check(await _portal!.ImportAsync(_file)).Updated;

    [IterationCleanup]
    public void DropDatabase() => _portal?.RemoveAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void DeleteFile() => Directory.Delete(_folder, recursive: true);

    private ImportOutcome Check(ImportOutcome outcome) =>
        outcome.Imported && outcome.Added + outcome.Updated == Rows ? outcome : throw new InvalidOperationException("The import did not import every row.");
}

/// <summary>Goal: the monthly timeliness table over 600,000 cases in under 2 s, on SQLite: a year, and six years of months.</summary>
[Config(typeof(ReportConfig))]
public class TimelinessReportBenchmarks
{
    private BenchmarkPortal _portal = null!;

    [Params("2024-01..2024-12", "2019-01..2024-12")]
    public string Months { get; set; } = "";

    [GlobalSetup]
    public void SixHundredThousandCases()
    {
        _portal = new BenchmarkPortal();
        _portal.MigrateAsync().GetAwaiter().GetResult();
        var file = CaseHistoryGenerator.Write(_portal.Folder, 600_000, new DateOnly(2019, 1, 1), new DateOnly(2024, 12, 31));
        var outcome = _portal.ImportAsync(file).GetAwaiter().GetResult();
        if (outcome.Added != 600_000)
        {
            throw new InvalidOperationException("The 600,000 cases were not all imported.");
        }
    }

    [Benchmark]
    public async Task<int> Monthly_table()
    {
        var parts = Months.Split("..");
        if (!CalendarMonth.TryParse(parts[0], out var from) || !CalendarMonth.TryParse(parts[1], out var to))
        {
            throw new InvalidOperationException($"Months must be YYYY-MM..YYYY-MM, not {Months}.");
        }

        var rows = await _portal.WithAsync(s => s.GetRequiredService<PerformanceFigures>().TimelinessAsync(from, to));
        return rows.Sum(r => r.Completed);
    }

    [GlobalCleanup]
    public void Cleanup() => _portal.RemoveAsync().GetAwaiter().GetResult();
}
