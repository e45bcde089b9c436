using System.Globalization;
using System.Text;
using Devon.Send.Portal.Web.Email;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Notifications;

public sealed class NotificationOptions
{
    /// <summary>How often the mailer looks for work when nothing wakes it; a new notification wakes it at once.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The hour of the UK day from which the daily digests go out.</summary>
    public int DigestHour { get; set; } = 7;

    /// <summary>A message the relay keeps refusing is given up after this many tries (and stays listed in the portal).</summary>
    public int MaxAttempts { get; set; } = 10;
}

/// <summary>
/// Emails notifications: at once to people who chose that, in one daily digest to the others; and adds the
/// reminders that come from the passing of time (advice due in 7 days, advice overdue). Several instances of the
/// portal can run it together: each claims the messages it sends, and a reminder is made once only.
/// </summary>
public sealed class NotificationMailer(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<NotificationOptions> options,
    IConfiguration configuration,
    IServer server,
    ILogger<NotificationMailer> logger) : BackgroundService
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _wake = new(0, 1);

    // Reminders change only with the UK date, so each instance looks for them once a day, not every round.
    private DateOnly _remindedOn;

    /// <summary>Asks the mailer to look for work now rather than at its next check.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A failed round (the database busy, say) must not stop the next one.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                logger.LogError("Sending notifications failed: {Failure}", e.GetType().Name);
            }

            try
            {
                await _wake.WaitAsync(options.Value.CheckEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: the day's reminders if not yet made, then every email that is due to go.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var today = clock.UkToday();
        if (today != _remindedOn)
        {
            await AddAdviceRemindersAsync(services, cancellationToken);
            _remindedOn = today;
        }

        await SendImmediateAsync(services, cancellationToken);
        await SendDigestsAsync(services, cancellationToken);
    }

    private async Task AddAdviceRemindersAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var notifications = services.GetRequiredService<CaseNotifications>();
        var today = clock.UkToday();
        var remindFrom = today.AddDays(7 - StatutoryClock.AdviceDays);
        var open = await db.AdviceRequests.AsNoTracking()
            .Where(a => a.SubmittedOn == null && a.InvitationId != null && a.RequestedOn <= remindFrom)
            .Join(db.AssessmentCases.Where(c => c.ChildId != null && c.ClosedOn == null && c.RefusedOn == null && c.FinalPlanIssuedOn == null),
                a => a.AssessmentCaseId, c => c.Id, (a, c) => new { a.Id, a.Type, a.RequestedOn, InvitationId = a.InvitationId!.Value, ChildId = c.ChildId!.Value, CaseId = c.Id })
            .Join(db.Children, a => a.ChildId, c => c.Id, (a, c) => new { a.Id, a.Type, a.RequestedOn, a.InvitationId, a.ChildId, a.CaseId, c.GivenName })
            .Join(db.ProfessionalInvitations, a => a.InvitationId, i => i.Id, (a, i) => new { a.Id, a.Type, a.RequestedOn, a.InvitationId, a.ChildId, a.CaseId, a.GivenName, From = i.Organisation })
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return;
        }

        // Advice whose time limit an exception lifts (Reg 8(2)) is not chased: the case page says why it is not late.
        var caseIds = open.Select(a => a.CaseId).Distinct().ToList();
        var exceptions = (await db.TimescaleExceptions.AsNoTracking()
            .Where(e => caseIds.Contains(e.AssessmentCaseId) && (e.Limits & ExceptionLimits.Advice) != 0).ToListAsync(cancellationToken))
            .ToLookup(e => e.AssessmentCaseId);
        open = [.. open.Where(a => !exceptions[a.CaseId].Any(e => e.Lifts(ExceptionLimits.Advice, a.RequestedOn, StatutoryClock.AdviceDue(a.RequestedOn))))];
        var keys = open.SelectMany(a => new[] { DueSoonKey(a.Id), OverdueKey(a.Id), FamilyOverdueKey(a.Id) }).ToList();
        var made = (await db.Set<Notification>().Where(n => n.OnceKey != null && keys.Contains(n.OnceKey)).Select(n => n.OnceKey!).Distinct().ToListAsync(cancellationToken))
            .ToHashSet();
        foreach (var advice in open)
        {
            var due = StatutoryClock.AdviceDue(advice.RequestedOn);
            var link = $"/children/{advice.ChildId}/advice";
            if (due >= today && !made.Contains(DueSoonKey(advice.Id)))
            {
                var holders = await notifications.HoldersOfAsync(advice.InvitationId, cancellationToken);
                notifications.AddFor(holders, advice.ChildId, NotificationKind.AdviceDueSoon,
                    NotificationWording.AdviceDueSoon(advice.Type, advice.GivenName, due), link, DueSoonKey(advice.Id));
            }
            else if (due < today && !made.Contains(OverdueKey(advice.Id)))
            {
                var people = (await notifications.HoldersOfAsync(advice.InvitationId, cancellationToken)).ToHashSet();
                people.UnionWith(await notifications.PeopleAsync(advice.ChildId, Audience.Caseworker, cancellationToken));
                notifications.AddFor(people, advice.ChildId, NotificationKind.AdviceOverdue,
                    NotificationWording.AdviceOverdue(advice.Type, advice.GivenName, due), link, OverdueKey(advice.Id));
            }

            if (due < today && !made.Contains(FamilyOverdueKey(advice.Id)))
            {
                await notifications.AddOnceAsync(advice.ChildId, Audience.Family, NotificationKind.AdviceOverdue,
                    NotificationWording.AdviceLateForFamily(advice.Type, advice.From, advice.GivenName, due), $"/children/{advice.ChildId}/case",
                    FamilyOverdueKey(advice.Id), cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance made the same reminders first; the unique key kept them single.
            db.ChangeTracker.Clear();
        }
    }

    private async Task SendImmediateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var claimed = await ClaimAsync(db, NotificationEmails.Immediately, createdBefore: null, cancellationToken);
        if (claimed.Count == 0)
        {
            return;
        }

        var mail = services.GetRequiredService<PortalMail>();
        var addresses = await AddressesAsync(db, claimed, cancellationToken);
        foreach (var notification in claimed)
        {
            var sent = addresses.TryGetValue(notification.UserId, out var address)
                && await mail.TrySendAsync(address, notification.Message, SingleBody(notification), cancellationToken);
            Record(notification, sent);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SendDigestsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ukNow = now.ToUkTime();
        if (ukNow.Hour < options.Value.DigestHour)
        {
            return;
        }

        // Everything made before today's digest time goes in today's digest; later ones wait for tomorrow's.
        var digestLocal = ukNow.Date.AddHours(options.Value.DigestHour);
        var digestTime = new DateTimeOffset(digestLocal, UkTime.Zone.GetUtcOffset(digestLocal));
        var db = services.GetRequiredService<PortalDbContext>();
        var claimed = await ClaimAsync(db, NotificationEmails.DailyDigest, digestTime, cancellationToken);
        if (claimed.Count == 0)
        {
            return;
        }

        var mail = services.GetRequiredService<PortalMail>();
        var addresses = await AddressesAsync(db, claimed, cancellationToken);
        foreach (var person in claimed.GroupBy(n => n.UserId))
        {
            var list = person.OrderBy(n => n.CreatedAt).ToList();
            var subject = list.Count == 1 ? "1 update on the Devon SEND Portal" : $"{list.Count} updates on the Devon SEND Portal";
            var sent = addresses.TryGetValue(person.Key, out var address)
                && await mail.TrySendAsync(address, subject, DigestBody(list), cancellationToken);
            list.ForEach(n => Record(n, sent));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Claims the unsent notifications of people who chose this way of being emailed, so no other instance sends them too.</summary>
    private async Task<List<Notification>> ClaimAsync(PortalDbContext db, NotificationEmails choice, DateTimeOffset? createdBefore, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var maxAttempts = options.Value.MaxAttempts;
        var due = db.Set<Notification>().Where(n => n.EmailedAt == null && n.EmailAttempts < maxAttempts
            && (n.EmailClaimedUntil == null || n.EmailClaimedUntil < now)
            && (createdBefore == null || n.CreatedAt < createdBefore)
            && db.Users.Any(u => u.Id == n.UserId && u.NotificationEmails == choice && u.DisabledAt == null));
        var ids = await due.OrderBy(n => n.CreatedAt).Select(n => n.Id).Take(200).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        // A claim time of its own, so this instance can tell its claims from another's made in the same instant.
        var claim = now + ClaimFor + TimeSpan.FromTicks(Random.Shared.Next(1, 10_000_000));
        await due.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailClaimedUntil, claim), cancellationToken);
        return await db.Set<Notification>().Where(n => ids.Contains(n.Id) && n.EmailClaimedUntil == claim).ToListAsync(cancellationToken);
    }

    private void Record(Notification notification, bool sent)
    {
        var now = clock.GetUtcNow();
        if (sent)
        {
            notification.EmailedAt = now;
            notification.EmailClaimedUntil = null;
            return;
        }

        // Try again later, waiting longer each time the relay refuses or cannot be reached.
        notification.EmailAttempts++;
        notification.EmailClaimedUntil = now + TimeSpan.FromMinutes(2 * notification.EmailAttempts);
    }

    private static async Task<Dictionary<string, string>> AddressesAsync(PortalDbContext db, List<Notification> notifications, CancellationToken cancellationToken)
    {
        var userIds = notifications.Select(n => n.UserId).Distinct().ToList();
        return await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }

    private string SingleBody(Notification notification) =>
        $"""
        {notification.Message}.

        See it on the Devon SEND Portal:
        {Link(notification.Link)}

        {Footer()}
        """;

    private string DigestBody(IReadOnlyList<Notification> list)
    {
        var body = new StringBuilder();
        body.AppendLine(list.Count == 1 ? "Here is what happened on the Devon SEND Portal since your last email:" : $"Here are the {list.Count} things that happened on the Devon SEND Portal since your last email:");
        body.AppendLine();
        foreach (var notification in list)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {notification.Message} ({notification.CreatedAt.ToUkTime().ToString("d MMMM", Uk)})");
            body.AppendLine(CultureInfo.InvariantCulture, $"  {Link(notification.Link)}");
        }

        body.AppendLine();
        body.Append(Footer());
        return body.ToString();
    }

    private string Footer() =>
        $"""
        You get these emails because you are involved in a child's case on the Devon SEND Portal. To choose between an email each time and one email a day, go to {Link("/notifications")}
        """;

    private string Link(string path)
    {
        var root = PortalLinks.PublicBaseUrl(configuration)
            ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => Uri.TryCreate(a.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var u) ? u : null).FirstOrDefault(u => u is not null)
            ?? new Uri("http://localhost:5080/");
        return new Uri(root, path.TrimStart('/')).ToString();
    }

    private static string DueSoonKey(Guid adviceRequestId) => $"advice-due-soon:{adviceRequestId}";

    private static string OverdueKey(Guid adviceRequestId) => $"advice-overdue:{adviceRequestId}";

    private static string FamilyOverdueKey(Guid adviceRequestId) => $"advice-late-family:{adviceRequestId}";
}
