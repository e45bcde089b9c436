using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Devon.Send.Portal.Web.Security;
using Devon.Send.Portal.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// A real OTLP/HTTP receiver on loopback (what a collector offers) and a portal told to export to it; the payloads
/// are kept as bytes, where protobuf leaves strings readable.
/// </summary>
public sealed class TelemetryPortal : IAsyncLifetime
{
    private WebApplication? _receiver;

    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

    public PortalFactory Factory { get; } = new();

    public WebApplicationFactory<Program> Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _receiver = builder.Build();
        _receiver.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            Received.Enqueue(($"/v1/{signal}", body.ToArray()));
            return Results.Ok();
        });
        await _receiver.StartAsync();
        var address = _receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Portal = Factory.WithWebHostBuilder(b => b
            .UseSetting(Telemetry.OtlpEndpoint, address)
            .UseSetting(Telemetry.MetricExportInterval, "00:00:01"));
    }

    /// <summary>Waits until a payload sent to the path has every one of the strings in it.</summary>
    public async Task<string> PayloadWithAsync(string path, params string[] texts)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = Received.Where(r => r.Path == path).Select(r => Encoding.UTF8.GetString(r.Body))
                .FirstOrDefault(body => texts.All(t => body.Contains(t, StringComparison.Ordinal)));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Factory.DisposeAsync();
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }
}

public sealed class TelemetryTests(TelemetryPortal telemetry) : IClassFixture<TelemetryPortal>
{
    [Fact]
    public async Task Request_IsExportedAsATrace_WithTheServiceNameRouteAndDatabaseCommands()
    {
        using var client = telemetry.Portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await client.GetAsync(new Uri("/local-offer/a-z?letter=s", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await telemetry.PayloadWithAsync("/v1/traces", Telemetry.ServiceName, "service.instance.id", "/local-offer/a-z", "http.route");
        // The query string is left out: it can carry what someone searched for.
        Assert.DoesNotContain("letter=s", request, StringComparison.Ordinal);
        var database = await telemetry.PayloadWithAsync("/v1/traces", DatabaseCommandActivity.SourceName, "db.query.text", "sqlite");
        Assert.Contains("SELECT", database, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AreExported_ForRequestsAndDeadlinesMissed()
    {
        using var client = telemetry.Portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        await client.GetAsync(new Uri("/", UriKind.Relative));

        await telemetry.PayloadWithAsync("/v1/metrics", Telemetry.ServiceName, "http.server.request.duration");
        var deadlines = await telemetry.PayloadWithAsync("/v1/metrics", DeadlineMetrics.MeterName, DeadlineMetrics.OverdueInstrument, "deadline.kind");
        Assert.Contains("advice", deadlines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlinesMissedGauge_CountsTheDemoCasesOverdueAdvice()
    {
        // Read in the process as the exporter reads it: in the demo data only Noah's school advice is overdue (by three days).
        var measured = new ConcurrentDictionary<string, int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument is { Name: DeadlineMetrics.OverdueInstrument, Meter.Name: DeadlineMetrics.MeterName })
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => measured[(string)tags[0].Value!] = value);
        _ = telemetry.Portal.Services;
        listener.Start();

        listener.RecordObservableInstruments();

        Assert.Equal(ExpectedOverdueAdvice, measured["advice"]);
        Assert.Contains("annual-review", measured.Keys);
    }

    private const int ExpectedOverdueAdvice = 1;
}
