using System.Collections.Concurrent;
using System.Text.Json;
using StackExchange.Redis;

namespace Devon.Send.Portal.Web.Realtime;

/// <summary>
/// What the servers of one portal tell each other through Redis about live plan connections, beside SignalR's own
/// backplane (which carries the messages to browsers): who each server has watching which plan, so presence lists
/// show everyone whichever server they are on; and that someone's access to a child changed, so every server checks
/// its own connections to that child's plan again. With one server (no <c>ConnectionStrings:Redis</c>) it does nothing.
/// </summary>
public sealed class PlanBackplane(IConfiguration configuration, IServiceProvider services, ILogger<PlanBackplane> logger) : BackgroundService
{
    /// <summary>How often each server repeats who it has watching; another server's list older than three of these is dropped.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    private static readonly RedisChannel PresenceChannel = RedisChannel.Literal("devon-send-portal:plan-presence");
    private static readonly RedisChannel AccessChannel = RedisChannel.Literal("devon-send-portal:plan-access");
    private readonly string _server = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<(Guid Child, string Server), (IReadOnlyList<PresentPerson> People, DateTimeOffset At)> _elsewhere = new();
    private ISubscriber? _redis;

    private sealed record PresenceMessage(string Server, Guid Child, bool Ask, IReadOnlyList<PresentPerson> People);

    private sealed record AccessMessage(string Server, Guid Child);

    /// <summary>The people watching a child's plan through the other servers.</summary>
    public IEnumerable<PresentPerson> ElsewhereOn(Guid childId)
    {
        var stale = DateTimeOffset.UtcNow - (3 * Heartbeat);
        return _elsewhere.Where(e => e.Key.Child == childId && e.Value.At > stale).SelectMany(e => e.Value.People);
    }

    /// <summary>This server's watchers of a child's plan changed: tells the others (and, on a first join, asks for theirs).</summary>
    public Task LocalPresenceChangedAsync(Guid childId, bool ask = false) =>
        PublishAsync(PresenceChannel, new PresenceMessage(_server, childId, ask, Presence.LocalPeopleOn(childId)));

    public Task AccessChangedAsync(Guid childId) => PublishAsync(AccessChannel, new AccessMessage(_server, childId));

    private PlanPresence Presence => services.GetRequiredService<PlanPresence>();

    private PlanLive Live => services.GetRequiredService<PlanLive>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            return;
        }

        var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        await using (connection)
        {
            var subscriber = connection.GetSubscriber();
            await subscriber.SubscribeAsync(PresenceChannel, (channel, value) => _ = OnPresenceAsync(value));
            await subscriber.SubscribeAsync(AccessChannel, (channel, value) => _ = OnAccessAsync(value));
            _redis = subscriber;
            using var timer = new PeriodicTimer(Heartbeat);
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    foreach (var child in Presence.WatchedChildren())
                    {
                        await LocalPresenceChangedAsync(child);
                    }
                }
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task PublishAsync<T>(RedisChannel channel, T message)
    {
        if (_redis is not { } redis)
        {
            return;
        }

        try
        {
            await redis.PublishAsync(channel, JsonSerializer.Serialize(message));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not tell the other servers about a live plan change");
        }
    }

    private async Task OnPresenceAsync(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<PresenceMessage>(value.ToString())!;
            if (message.Server == _server)
            {
                return;
            }

            _elsewhere[(message.Child, message.Server)] = (message.People, DateTimeOffset.UtcNow);
            if (message.Ask && Presence.LocalPeopleOn(message.Child).Count > 0)
            {
                await LocalPresenceChangedAsync(message.Child);
            }

            await Live.SendPresenceToLocalWatchersAsync(message.Child);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Ignored a presence message from another server");
        }
    }

    private async Task OnAccessAsync(RedisValue value)
    {
        try
        {
            var message = JsonSerializer.Deserialize<AccessMessage>(value.ToString())!;
            if (message.Server != _server)
            {
                await Live.RecheckLocalAsync(message.Child);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Ignored an access message from another server");
        }
    }
}
