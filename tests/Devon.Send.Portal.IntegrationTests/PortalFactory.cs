using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests;

/// <summary>
/// The portal on a real SQLite database in a temporary folder, with the demo data loaded and email sent to a
/// real SMTP server on loopback. One per test class.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Every test runs on 22 November 2026, so that the demo cases' deadlines are known.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public SmtpSink Smtp { get; } = new();

    public TestClock Clock { get; } = new(Today);

    public string Environment { get; init; } = "Development";

    /// <summary>Another Local Offer content folder than the repository's own.</summary>
    public string? LocalOfferContentPath { get; init; }

    /// <summary>The public address links in emails are built from; requests go to https://localhost.</summary>
    public const string PublicBaseUrl = "https://send-portal.devon.example/";

    /// <summary>Every message the portal logged, formatted, so tests can check that no personal data is written.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Set on the one factory that makes <see cref="DemoDatabase"/>.</summary>
    private bool _makesDemoDatabase;

    /// <summary>Makes its own database from empty, with ids of its own, rather than starting from the shared copy.</summary>
    public bool OwnDatabase { get; init; }

    private static readonly Lock DemoDatabaseLock = new();
    private static string? _demoDatabase;

    /// <summary>
    /// A database migrated from empty through every migration and loaded with the demo data, made once per test run
    /// by a portal started as every test's is, on the same clock. Each factory with the usual settings starts from a
    /// copy of it: the same database it would have made itself, without migrating and seeding 70 times.
    /// </summary>
    private static string DemoDatabase()
    {
        lock (DemoDatabaseLock)
        {
            if (_demoDatabase is null)
            {
                using var maker = new PortalFactory { _makesDemoDatabase = true };
                _ = maker.Services;
                var copy = Path.Combine(Path.GetTempPath(), "portal-tests-demo-" + Guid.NewGuid().ToString("N") + ".db");
                using (var connection = new SqliteConnection(maker.ConnectionString))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "VACUUM INTO $copy";
                    command.Parameters.AddWithValue("$copy", copy);
                    command.ExecuteNonQuery();
                }

                // VACUUM INTO writes a rollback-journal file; the portal's own database is in WAL mode from its creation.
                using (var connection = new SqliteConnection($"Data Source={copy};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA journal_mode=wal";
                    command.ExecuteNonQuery();
                }

                AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(copy);
                _demoDatabase = copy;
            }

            return _demoDatabase;
        }
    }

    private string DatabaseFile => Path.Combine(_folder, "portal.db");

    private string ConnectionString => $"Data Source={DatabaseFile}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        if (!_makesDemoDatabase && !OwnDatabase && Environment == "Development" && LocalOfferContentPath is null && !File.Exists(DatabaseFile))
        {
            File.Copy(DemoDatabase(), DatabaseFile);
        }

        builder.UseEnvironment(Environment);
        if (Environment == "Production")
        {
            // One server on SQLite, declared: Production's own settings check is tested by ProductionStartUpTests.
            builder.UseSetting("Portal:SingleServer", "true");
            builder.UseSetting("Database:Provider", "Sqlite");
        }

        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:UseStartTls", "false");
        if (LocalOfferContentPath is not null)
        {
            builder.UseSetting("LocalOffer:ContentPath", LocalOfferContentPath);
        }

        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);
        // Every test client shares one address; the rate limit has tests of its own.
        builder.UseSetting("Security:RateLimit:PermitLimit", "100000");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, ClientAddress>();
            if (_makesDemoDatabase)
            {
                // The copy is the database as start-up leaves it; the background work (reminders, emails) is each portal's own.
                services.RemoveAll<IHostedService>();
            }
        });
    }

    public async Task<Guid> ChildIdAsync(string givenName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Children.Where(c => c.GivenName == givenName).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Reads the portal's database in a scope of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>The messages of one kind the person with this account has been sent.</summary>
    public Task<List<string>> MessagesAsync(DemoData.Account account, NotificationKind kind) =>
        WithDbAsync(db => db.Notifications.Where(n => n.Kind == kind && db.Users.Any(u => u.Id == n.UserId && u.Email == account.Email)).Select(n => n.Message).ToListAsync());

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>A clock that starts on a fixed date and then moves with real time, so cookies and lockouts still work.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private TimeSpan _skipped;

    public override DateTimeOffset GetUtcNow() => start + _skipped + Stopwatch.GetElapsedTime(_started);

    public void Advance(TimeSpan by) => _skipped += by;
}

/// <summary>Keeps every log message, formatted as a log sink would write it, with its exception.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyCollection<string> Messages => _messages;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs._messages.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>
/// The test server has no network connection, so each request gets the client address a real one would have:
/// 192.0.2.1, or the one a test names in the <see cref="Header"/> header.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].FirstOrDefault() ?? "192.0.2.1");
            return nextMiddleware(context);
        });
        next(app);
    };
}
