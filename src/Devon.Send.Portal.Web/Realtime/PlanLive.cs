using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Devon.Send.Portal.Web.Realtime;

/// <summary>
/// Tells everyone with a plan open what changed, once the change has committed. Anything that changes a part of a plan
/// page publishes through it; the browsers then fetch that part's HTML.
/// </summary>
public interface IPlanChangeNotifier
{
    Task PublishAsync(Guid childId, PlanChange change);

    /// <summary>Someone's access to the child changed: every live connection to the child's plan is checked again.</summary>
    Task AccessChangedAsync(Guid childId);
}

/// <summary>
/// Sends plan changes to the plan's SignalR group (through the Redis backplane when there are several servers) and
/// closes the connections of anyone whose access has ended. A failure to send never undoes a change that has
/// committed: it is logged, and browsers catch up when they next join.
/// </summary>
public sealed class PlanLive(IHubContext<PlanHub, IPlanClient> hub, PlanPresence presence, PlanBackplane backplane, IServiceScopeFactory scopes, ILogger<PlanLive> logger)
    : IPlanChangeNotifier
{
    public async Task PublishAsync(Guid childId, PlanChange change)
    {
        try
        {
            await hub.Clients.Group(PlanHub.GroupOf(childId)).PlanChanged(change);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send a live update of part {Part} of a plan", change.Part);
        }
    }

    public async Task AccessChangedAsync(Guid childId)
    {
        await RecheckLocalAsync(childId);
        await backplane.AccessChangedAsync(childId);
    }

    /// <summary>Someone on another server changed their presence: this server's watchers of the plan hear of it.</summary>
    public async Task SendPresenceToLocalWatchersAsync(Guid childId)
    {
        var people = presence.PeopleOn(childId);
        foreach (var watcher in presence.Watching(childId))
        {
            await hub.Clients.Client(watcher.ConnectionId).Presence(people);
        }
    }

    /// <summary>Checks again every connection this server has to the child's plan, and closes those whose access ended.</summary>
    public async Task RecheckLocalAsync(Guid childId)
    {
        var watchers = presence.Watching(childId);
        if (watchers.Count == 0)
        {
            return;
        }

        var ended = 0;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
            foreach (var watcher in watchers)
            {
                if ((await authorization.AuthorizeAsync(watcher.User, childId, PortalPolicies.ViewChild)).Succeeded)
                {
                    continue;
                }

                ended++;
                presence.Leave(watcher.ConnectionId);
                await hub.Groups.RemoveFromGroupAsync(watcher.ConnectionId, PlanHub.GroupOf(childId));
                await hub.Clients.Client(watcher.ConnectionId).AccessEnded();
                watcher.Context.Abort();
            }
        }

        if (ended > 0)
        {
            logger.LogInformation("Closed {Count} live plan connections whose access ended", ended);
            await backplane.LocalPresenceChangedAsync(childId);
            await hub.Clients.Group(PlanHub.GroupOf(childId)).Presence(presence.PeopleOn(childId));
        }
    }
}

/// <summary>
/// Every call a browser makes to the plan hub passes here: more than a burst of calls, or repeated calls no page makes,
/// close the connection and are logged. Each connection has its own allowance, so one client never slows another.
/// </summary>
public sealed class PlanHubGuard(ILogger<PlanHubGuard> logger) : IHubFilter
{
    /// <summary>A page makes a handful of calls when it opens and one each time an edit starts or stops.</summary>
    public const int Burst = 20;

    public static readonly TimeSpan RefillEvery = TimeSpan.FromSeconds(1);

    public const int MisusesAllowed = 3;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        var allowance = (Allowance)(context.Items[nameof(Allowance)] ??= new Allowance());
        if (!allowance.TryTake())
        {
            logger.LogWarning("Closed live plan connection {ConnectionId}: too many messages", context.ConnectionId);
            context.Abort();
            throw new HubException("Too many messages.");
        }

        try
        {
            return await next(invocationContext);
        }
        catch (PlanHubMisuseException e)
        {
            if (++allowance.Misuses >= MisusesAllowed)
            {
                logger.LogWarning("Closed live plan connection {ConnectionId}: repeated bad calls ({Reason})", context.ConnectionId, e.Message);
                context.Abort();
            }
            else
            {
                logger.LogInformation("Refused a bad call on live plan connection {ConnectionId}: {Reason}", context.ConnectionId, e.Message);
            }

            throw;
        }
    }

    /// <summary>A token bucket: <see cref="Burst"/> calls at once, then one a second.</summary>
    private sealed class Allowance
    {
        private readonly Lock _lock = new();
        private double _tokens = Burst;
        private long _last = Stopwatch.GetTimestamp();

        public int Misuses { get; set; }

        public bool TryTake()
        {
            lock (_lock)
            {
                var now = Stopwatch.GetTimestamp();
                _tokens = Math.Min(Burst, _tokens + (Stopwatch.GetElapsedTime(_last, now) / RefillEvery));
                _last = now;
                if (_tokens < 1)
                {
                    return false;
                }

                _tokens--;
                return true;
            }
        }
    }
}

/// <summary>
/// A live connection ends when the session it was opened in would have ended (it never renews the session itself). The
/// browser then reconnects with its current sign-in, which works only if the person's session is still going.
/// </summary>
public sealed class PlanSessionSweep(PlanPresence presence, TimeProvider clock, ILogger<PlanSessionSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var ended = presence.SessionsEndedBy(clock.GetUtcNow());
                foreach (var watcher in ended)
                {
                    watcher.Context.Abort();
                }

                if (ended.Count > 0)
                {
                    logger.LogInformation("Closed {Count} live plan connections whose sessions had ended", ended.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}

public static class PlanLiveRegistration
{
    /// <summary>A browser sends only ids and section codes: anything bigger closes its connection.</summary>
    public const int MaximumMessageSize = 2 * 1024;

    public static IServiceCollection AddPlanLive(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = MaximumMessageSize;
            o.MaximumParallelInvocationsPerClient = 1;
            o.EnableDetailedErrors = false;
            o.AddFilter<PlanHubGuard>();
        });
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // Several servers: each change reaches the browsers connected to every one of them.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("devon-send-portal"));
        }

        services.AddSingleton<PlanHubGuard>();
        services.AddSingleton<PlanPresence>();
        services.AddSingleton<PlanBackplane>();
        services.AddHostedService<PlanSessionSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<PlanBackplane>());
        services.AddSingleton<PlanLive>();
        services.AddSingleton<IPlanChangeNotifier>(sp => sp.GetRequiredService<PlanLive>());
        return services;
    }

    public static void MapPlanLive(this IEndpointRouteBuilder app) =>
        app.MapHub<PlanHub>(PlanHub.Path, o =>
        {
            o.Transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling;
            o.ApplicationMaxBufferSize = MaximumMessageSize;
            o.TransportMaxBufferSize = 64 * 1024;
        }).RequireAuthorization(PortalPolicies.SignedIn);
}
