using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.EndToEndTests;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Devon.Send.Portal.Web.Security;
using Devon.Send.Portal.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.Benchmarks;

/// <summary>
/// Commit-to-arrival time of live plan updates. The portal runs on Kestrel (one instance, or two sharing a real
/// redis-server); N SignalR clients over WebSockets, signed in as the caseworker, watch one child's plan; sections are
/// saved one after another through <see cref="PlanStore"/>, the code path the edit page uses. The clock starts when the
/// change has committed (the store hands it to <see cref="IPlanChangeNotifier"/> right after SaveChanges) and stops
/// when each client's handler runs. Clients and servers share this process and its 2 cores.
/// <code>dotnet run -c Release --project tests/Devon.Send.Portal.Benchmarks -- live-updates [clients ...] [--changes 30] [--redis]</code>
/// </summary>
public static class LiveUpdateLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var redis = args.Contains("--redis");
        var changes = args.SkipWhile(a => a != "--changes").Skip(1).Select(int.Parse).FirstOrDefault(30);
        int[] counts = [.. args.Where(a => a.All(char.IsDigit) && !args.SkipWhile(x => x != "--changes").Skip(1).Take(1).Contains(a)).Select(int.Parse)];
        if (counts.Length == 0)
        {
            counts = [1, 100, 1000];
        }

        var folder = Path.Combine(Path.GetTempPath(), "portal-bench-live-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var redisServer = redis ? await RedisServer.StartAsync() : null;
        var stamps = new CommitStamps();
        await using var writer = await StartAsync(folder, redisServer?.Configuration, stamps);
        await using var reader = redis ? await StartAsync(folder, redisServer!.Configuration, null) : null;
        var watched = reader ?? writer;
        Console.WriteLine($"// {(redis ? "two instances through redis-server (changes saved on one, clients on the other)" : "one instance")}; {changes} changes per run; {Environment.ProcessorCount} cores");
        Console.WriteLine("| Clients | Changes | Arrivals | p50 | p95 | p99 | max | Messages/s | Memory per connection |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

        var child = await ChildAsync(writer.App);
        var cookies = await SignInAsync(watched.Address);
        foreach (var count in counts)
        {
            await RunOnceAsync(writer, watched, child, cookies, count, changes, stamps);
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task RunOnceAsync(Instance writer, Instance watched, Guid child, CookieContainer cookies, int count, int changes, CommitStamps stamps)
    {
        var before = Memory();
        var arrivals = new long[changes + 1][];
        var current = -1;
        var arrived = 0;
        var allArrived = new TaskCompletionSource();
        var clients = new List<HubConnection>(count);
        for (var i = 0; i < count; i++)
        {
            var slot = i;
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(watched.Address, PlanHub.Path), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.SkipNegotiation = true;
                    o.Cookies = cookies;
                })
                .Build();
            connection.On<PlanChange>(nameof(IPlanClient.PlanChanged), _ =>
            {
                var now = Stopwatch.GetTimestamp();
                var index = Volatile.Read(ref current);
                if (index >= 0 && arrivals[index][slot] == 0)
                {
                    arrivals[index][slot] = now;
                    if (Interlocked.Increment(ref arrived) == count)
                    {
                        allArrived.TrySetResult();
                    }
                }
            });
            await connection.StartAsync();
            await connection.InvokeAsync<PlanState>("Join", child.ToString());
            clients.Add(connection);
        }

        var after = Memory();
        var latencies = new List<double>(count * changes);
        var fanOut = TimeSpan.Zero;
        // The first change warms up the path and is not counted.
        for (var change = 0; change <= changes; change++)
        {
            arrivals[change] = new long[count];
            allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Interlocked.Exchange(ref arrived, 0);
            Volatile.Write(ref current, change);
            await SaveAsync(writer.App, child, change);
            var committed = stamps.Last;
            await allArrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
            if (change == 0)
            {
                continue;
            }

            latencies.AddRange(arrivals[change].Select(t => Stopwatch.GetElapsedTime(committed, t).TotalMilliseconds));
            fanOut += Stopwatch.GetElapsedTime(committed, arrivals[change].Max());
        }

        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        latencies.Sort();
        Console.WriteLine($"| {count:N0} | {changes} | {latencies.Count:N0} | {Percentile(latencies, 50):N1} ms | {Percentile(latencies, 95):N1} ms | " +
            $"{Percentile(latencies, 99):N1} ms | {latencies[^1]:N1} ms | {latencies.Count / fanOut.TotalSeconds:N0} | {(after - before) / count / 1024.0:N0} KB |");
    }

    private static double Percentile(List<double> sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The managed heap after a full collection: servers' and clients' objects together, as they share this process.</summary>
    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task SaveAsync(WebApplication app, Guid child, int change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var plans = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var plan = (await plans.PlanOfAsync(child))!;
        var number = (await plans.RevisionsAsync(child)).Sections.GetValueOrDefault("K");
        var saved = await plans.SaveAsync(plan, "K", number, new SectionContent { Text = $"- Advice received, change {change} at {DateTime.UtcNow:O}" }, "Load run",
            new Author(null, "Load run", PortalRoles.Caseworker));
        if (saved is not SaveResult.Saved)
        {
            throw new InvalidOperationException($"Change {change} was not saved: {saved}.");
        }
    }

    private static async Task<Guid> ChildAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Children.Where(c => c.GivenName == "Noah").Select(c => c.Id).SingleAsync();
    }

    private static async Task<CookieContainer> SignInAsync(Uri address)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = DemoData.Caseworker.Email,
            ["Input.Password"] = DemoData.Password,
        }));
        return response.StatusCode == HttpStatusCode.Redirect ? cookies : throw new InvalidOperationException($"Signing in answered {(int)response.StatusCode}.");
    }

    private static async Task<Instance> StartAsync(string folder, string? redis, CommitStamps? stamps)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = folder,
            ApplicationName = typeof(PortalApplication).Assembly.GetName().Name,
        });
        builder.Configuration["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        builder.Configuration["Database:SeedDemoData"] = "true";
        builder.Configuration["Security:RequireTwoFactorForStaff"] = "false";
        builder.Configuration["Security:RateLimit:PermitLimit"] = "100000";
        builder.Configuration["Smtp:PickupFolder"] = Path.Combine(folder, "mail");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        if (redis is not null)
        {
            builder.Configuration["ConnectionStrings:Redis"] = redis;
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPortal();
        if (stamps is not null)
        {
            builder.Services.AddSingleton(stamps);
            builder.Services.AddSingleton<IPlanChangeNotifier>(sp => new StampingNotifier(sp.GetRequiredService<PlanLive>(), stamps));
        }

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeding>().PrepareAsync();
        }

        app.MapPortal();
        await app.StartAsync();
        return new Instance(app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }

    private sealed record Instance(WebApplication App, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    /// <summary>When the last change committed: the store calls the notifier right after SaveChanges returns.</summary>
    private sealed class CommitStamps
    {
        private long _last;

        public long Last => Interlocked.Read(ref _last);

        public void Stamp() => Interlocked.Exchange(ref _last, Stopwatch.GetTimestamp());
    }

    private sealed class StampingNotifier(PlanLive inner, CommitStamps stamps) : IPlanChangeNotifier
    {
        public Task PublishAsync(Guid childId, PlanChange change)
        {
            stamps.Stamp();
            return inner.PublishAsync(childId, change);
        }

        public Task AccessChangedAsync(Guid childId) => inner.AccessChangedAsync(childId);
    }
}
