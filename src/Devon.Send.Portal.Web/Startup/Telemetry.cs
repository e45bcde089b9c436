using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Devon.Send.Portal.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Devon.Send.Portal.Web.Startup;

/// <summary>
/// OpenTelemetry traces and metrics, exported by OTLP, only when an endpoint is configured:
/// <c>OpenTelemetry:OtlpEndpoint</c> (an OTLP/HTTP base address; <c>/v1/traces</c> and <c>/v1/metrics</c> are added), or
/// the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> with the exporter's own <c>OTEL_*</c> variables. Traces: requests,
/// outgoing HTTP and database commands. Metrics: ASP.NET Core's request, Kestrel and SignalR connection meters, and
/// the portal's statutory deadlines missed. Exceptions and query strings are not recorded: they can carry personal data.
/// </summary>
public static class Telemetry
{
    public const string OtlpEndpoint = "OpenTelemetry:OtlpEndpoint";
    public const string StandardOtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string MetricExportInterval = "OpenTelemetry:MetricExportInterval";
    public const string ServiceName = "devon-send-portal";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]) || !string.IsNullOrWhiteSpace(configuration[StandardOtlpEndpoint]);

    public static IEnumerable<SettingProblem> SettingProblems(IConfiguration configuration)
    {
        foreach (var setting in new[] { OtlpEndpoint, StandardOtlpEndpoint })
        {
            if (configuration[setting] is { Length: > 0 } value && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                yield return new(setting, "must be the OTLP collector's address, such as http://127.0.0.1:4318, or left out to export nothing.");
            }
        }

        if (configuration[MetricExportInterval] is { Length: > 0 } && !(TimeSpan.TryParse(configuration[MetricExportInterval], System.Globalization.CultureInfo.InvariantCulture, out var every) && every > TimeSpan.Zero))
        {
            yield return new(MetricExportInterval, "must be a time such as 00:01:00, more than zero.");
        }
    }

    public static WebApplicationBuilder AddPortalTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!IsConfigured(configuration))
        {
            return builder;
        }

        var baseAddress = configuration[OtlpEndpoint] is { Length: > 0 } configured ? new Uri(configured.TrimEnd('/') + "/") : null;
        var interval = configuration.GetValue(MetricExportInterval, TimeSpan.FromMinutes(1));
        // The portal's own endpoint is OTLP/HTTP with each signal's path; otherwise the OTEL_* variables say it all.
        void Export(OtlpExporterOptions exporter, string signal)
        {
            if (baseAddress is not null)
            {
                exporter.Protocol = OtlpExportProtocol.HttpProtobuf;
                exporter.Endpoint = new Uri(baseAddress, signal);
            }
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : ServiceName,
                    serviceVersion: typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                    serviceInstanceId: InstanceId())
                .AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource(DatabaseCommandActivity.SourceName)
                .AddOtlpExporter(o => Export(o, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Http.Connections", DeadlineMetrics.MeterName)
                .AddOtlpExporter((o, reader) =>
                {
                    Export(o, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
                }));
        builder.Services.AddHostedService<DeadlineMetrics>();
        return builder;
    }

    /// <summary>App Service names each instance; elsewhere the machine and process tell two instances apart.</summary>
    private static string InstanceId() =>
        Environment.GetEnvironmentVariable("WEBSITE_INSTANCE_ID") is { Length: > 0 } appService
            ? appService
            : $"{Environment.MachineName}-{Environment.ProcessId}";
}

/// <summary>
/// A trace span for each database command, as the EF Core instrumentation would give, which is not available: the
/// operation and the SQL text, never the parameters, whose values are the children's data. From reader opened, not read.
/// </summary>
public sealed class DatabaseCommandActivity : DbCommandInterceptor
{
    public const string SourceName = "Devon.Send.Portal.Database";
    private static readonly ActivitySource Source = new(SourceName);
    private static readonly System.Buffers.SearchValues<char> WordEnd = System.Buffers.SearchValues.Create(" \r\n\t(;");
    private readonly ConditionalWeakTable<DbCommand, Activity> _running = [];

    private DatabaseCommandActivity()
    {
    }

    public static DatabaseCommandActivity Instance { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Start(command, eventData, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Start(command, eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Start(command, eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Start(command, eventData, result));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Stop(command, null, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(command, null, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Stop(command, null, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(command, null, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Stop(command, null, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(command, null, result));

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Stop(command, eventData.Exception, 0);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, eventData.Exception, 0);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Stop(command, null, 0);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(command, null, 0);
        return Task.CompletedTask;
    }

    private T Start<T>(DbCommand command, CommandEventData eventData, T result)
    {
        if (!Source.HasListeners())
        {
            return result;
        }

        var operation = Operation(command.CommandText);
        var activity = Source.StartActivity(operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system.name", eventData.Context?.Database.ProviderName switch
            {
                { } p when p.Contains("Sqlite", StringComparison.Ordinal) => "sqlite",
                { } p when p.Contains("SqlServer", StringComparison.Ordinal) => "microsoft.sql_server",
                _ => "other_sql",
            });
            activity.SetTag("db.operation.name", operation);
            activity.SetTag("db.namespace", command.Connection?.Database);
            activity.SetTag("db.query.text", command.CommandText);
            _running.AddOrUpdate(command, activity);
        }

        return result;
    }

    private T Stop<T>(DbCommand command, Exception? error, T result)
    {
        if (_running.TryGetValue(command, out var activity))
        {
            _running.Remove(command);
            if (error is not null)
            {
                // The type only: a database's message can quote the data.
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            }

            activity.Dispose();
        }

        return result;
    }

    private static string Operation(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        var end = text.IndexOfAny(WordEnd);
        var word = (end < 0 ? text : text[..end]).ToString().ToUpperInvariant();
        return word is "SELECT" or "INSERT" or "UPDATE" or "DELETE" or "MERGE" or "WITH" or "CREATE" or "ALTER" or "DROP" or "PRAGMA" or "BEGIN" or "COMMIT" or "SET" or "EXEC" or "IF" or "DECLARE"
            ? word
            : "SQL";
    }
}

/// <summary>
/// The gauge <c>portal.deadlines.overdue</c>: how many statutory deadlines are past their due day and still not met,
/// by kind (<c>deadline.kind</c>: decision-to-assess, advice, final-plan, annual-review…), over every case not
/// closed or refused, on any case with an appeal whose outcome binds the council, and the mediation a closed or refused
/// case still owes, computed with the same rules as the case page. Read from the database when the exporter asks,
/// at most once a minute. The family's own replies (draft and amendment responses) and appeal rights are not counted.
/// </summary>
public sealed class DeadlineMetrics(IServiceScopeFactory scopes, IMeterFactory meters, TimeProvider clock, ILogger<DeadlineMetrics> logger) : IHostedService
{
    public const string MeterName = "Devon.Send.Portal";
    public const string OverdueInstrument = "portal.deadlines.overdue";
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    // The family's rights (appeals) and the council's own targets are not owed under the law; the family's replies are theirs to give.
    private static readonly DeadlineKind[] Counted =
        [.. Enum.GetValues<DeadlineKind>().Where(k => k != DeadlineKind.Other && !Deadline.IsRightKind(k) && !Deadline.IsTargetKind(k))
            .Except([DeadlineKind.DraftPlanResponse, DeadlineKind.AmendmentResponse])];

    private readonly Lock _lock = new();
    private IReadOnlyDictionary<DeadlineKind, int>? _counts;
    private DateTimeOffset _countedAt;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        meters.Create(MeterName).CreateObservableGauge(OverdueInstrument, Observe, unit: "{deadline}",
            description: "Statutory deadlines past their due day and not met, on cases not closed or refused");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private IEnumerable<Measurement<int>> Observe()
    {
        lock (_lock)
        {
            if (_counts is null || clock.GetUtcNow() - _countedAt >= Freshness)
            {
                try
                {
                    _counts = Count();
                    _countedAt = clock.GetUtcNow();
                }
                catch (Exception e) when (e is DbException or InvalidOperationException)
                {
                    // The type only; the last counts stay until the database answers again.
                    logger.LogWarning("Could not count overdue deadlines: {Error}", e.GetType().Name);
                }
            }

            return _counts is null ? [] : [.. _counts.Select(c => new Measurement<int>(c.Value, new KeyValuePair<string, object?>("deadline.kind", KindName(c.Key))))];
        }
    }

    private Dictionary<DeadlineKind, int> Count()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = clock.UkToday();
        var cases = db.AssessmentCases.AsNoTracking()
            .Where(c => c.ChildId != null && ((c.ClosedOn == null && c.RefusedOn == null) || c.Appeals.Any(a => a.OutcomeOn != null)))
            .Include(c => c.Child).Include(c => c.AdviceRequests).Include(c => c.TimescaleExceptions).Include(c => c.Mediations).Include(c => c.Appeals).Include(c => c.Cessations)
            .AsSplitQuery()
            .ToList();
        // A closed or refused case can still owe the family the mediation they asked for, and what it agreed: only those are counted there.
        var mediationOwed = db.AssessmentCases.AsNoTracking()
            .Where(c => (c.ClosedOn != null || c.RefusedOn != null) && c.ChildId != null && c.Mediations.Any() && !c.Appeals.Any(a => a.OutcomeOn != null))
            .Include(c => c.Child).Include(c => c.AdviceRequests).Include(c => c.TimescaleExceptions).Include(c => c.Mediations).Include(c => c.Appeals).Include(c => c.Cessations)
            .AsSplitQuery()
            .ToList();
        var counts = Counted.ToDictionary(k => k, _ => 0);
        var overdueDeadlines = cases.SelectMany(c => CaseTimeline.Of(c, c.Child!.DateOfBirth, today).Overdue)
            .Concat(mediationOwed.SelectMany(c => CaseTimeline.Of(c, c.Child!.DateOfBirth, today).Overdue.Where(d => d.Kind is DeadlineKind.MediationHeld or DeadlineKind.MediationAgreement)));
        foreach (var overdue in overdueDeadlines)
        {
            if (counts.TryGetValue(overdue.Kind, out var n))
            {
                counts[overdue.Kind] = n + 1;
            }
        }

        return counts;
    }

    private static string KindName(DeadlineKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
