using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Notifications;

/// <summary>The people on a child's case a notification goes to.</summary>
[Flags]
public enum Audience
{
    /// <summary>Parents and the young person who can see the record.</summary>
    Family = 1,

    /// <summary>The caseworker of the case, or, while it has none, the caseworkers of its SEND team.</summary>
    Caseworker = 2,

    /// <summary>The professionals invited to the case today, in person or through their team.</summary>
    Professionals = 4,

    Everyone = Family | Caseworker | Professionals,
}

/// <summary>
/// Adds notifications to the change being saved, so they are written in the same transaction as what they tell of.
/// Once that save is committed the mailer is woken to email the people who want it at once.
/// </summary>
public sealed class CaseNotifications
{
    private readonly PortalDbContext _db;
    private readonly TimeProvider _clock;
    private bool _added;

    public CaseNotifications(PortalDbContext db, TimeProvider clock, NotificationMailer mailer)
    {
        _db = db;
        _clock = clock;
        db.SavedChanges += (_, _) =>
        {
            if (!_added)
            {
                return;
            }

            _added = false;
            // Inside a transaction the rows are not there for the mailer until it commits (NotificationCommitInterceptor).
            if (db.Database.CurrentTransaction is null)
            {
                mailer.Wake();
            }
            else
            {
                db.NotificationsWaiting = true;
            }
        };
    }

    /// <summary>Tells the audience on a child's case, leaving out whoever made the change: they know.</summary>
    public Task AddAsync(Guid childId, Audience audience, NotificationKind kind, string message, string link, string? exceptUserId = null,
        CancellationToken cancellationToken = default) => AddAsync(childId, audience, kind, message, link, exceptUserId, onceKey: null, cancellationToken);

    /// <summary>The same, at most once for each person for this key, however often it is asked for.</summary>
    public Task AddOnceAsync(Guid childId, Audience audience, NotificationKind kind, string message, string link, string onceKey,
        CancellationToken cancellationToken = default) => AddAsync(childId, audience, kind, message, link, exceptUserId: null, onceKey, cancellationToken);

    private async Task AddAsync(Guid childId, Audience audience, NotificationKind kind, string message, string link, string? exceptUserId, string? onceKey,
        CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(childId, audience, cancellationToken);
        if (exceptUserId is not null)
        {
            people.Remove(exceptUserId);
        }

        // The young person reads about themselves in the second person; everyone else reads their name.
        List<string> themselves = audience.HasFlag(Audience.Family)
            ? await _db.FamilyLinks.Where(f => f.ChildId == childId && f.Relationship == FamilyLink.Self && f.AccessEndedAt == null).Select(f => f.UserId).ToListAsync(cancellationToken)
            : [];
        themselves.RemoveAll(id => !people.Contains(id));
        if (themselves.Count > 0)
        {
            var givenName = await _db.Children.Where(c => c.Id == childId).Select(c => c.GivenName).SingleAsync(cancellationToken);
            AddFor(themselves, childId, kind, NotificationWording.ForTheYoungPerson(message, givenName), link, onceKey);
            people.ExceptWith(themselves);
        }

        AddFor(people, childId, kind, message, link, onceKey);
    }

    public void AddFor(IEnumerable<string> userIds, Guid? childId, NotificationKind kind, string message, string link, string? onceKey = null)
    {
        var now = _clock.GetUtcNow();
        foreach (var userId in userIds.Distinct())
        {
            _db.Add(new Notification
            {
                UserId = userId,
                ChildId = childId,
                Kind = kind,
                Message = Fit(message, Notification.MessageMaxLength),
                Link = link,
                OnceKey = onceKey,
                CreatedAt = now,
            });
            _added = true;
        }
    }

    public async Task<HashSet<string>> PeopleAsync(Guid childId, Audience audience, CancellationToken cancellationToken = default)
    {
        var today = _clock.UkToday();
        var people = new HashSet<string>();
        if (audience.HasFlag(Audience.Family))
        {
            people.UnionWith(await _db.FamilyLinks.Where(f => f.ChildId == childId && f.AccessEndedAt == null).Select(f => f.UserId).ToListAsync(cancellationToken));
        }

        if (audience.HasFlag(Audience.Caseworker))
        {
            var child = await _db.Children.Where(c => c.Id == childId).Select(c => new { c.CaseworkerId, c.SendTeamId }).SingleAsync(cancellationToken);
            if (child.CaseworkerId is { } caseworker)
            {
                people.Add(caseworker);
            }
            else
            {
                people.UnionWith(await CaseworkersOfTeamAsync(child.SendTeamId, cancellationToken));
            }
        }

        if (audience.HasFlag(Audience.Professionals))
        {
            var invited = _db.ProfessionalInvitations.Where(i => i.ChildId == childId && i.RevokedAt == null && i.EndsOn >= today);
            people.UnionWith(await invited.Where(i => i.UserId != null).Select(i => i.UserId!).ToListAsync(cancellationToken));
            people.UnionWith(await _db.ProfessionalTeamMembers
                .Where(m => invited.Any(i => i.ProfessionalTeamId == m.ProfessionalTeamId))
                .Select(m => m.UserId)
                .ToListAsync(cancellationToken));
        }

        return people;
    }

    /// <summary>
    /// Tells of a plan version issued on <paramref name="day"/>: a draft or proposed amendments to the family, with the
    /// day their response is due; a final or amended plan to everyone on the case.
    /// </summary>
    /// <param name="respondBy">For a draft or proposed amendments, the last day the family has to respond.</param>
    /// <param name="appealBy">For an amended plan, the last day the family may appeal its contents.</param>
    public async Task PlanIssuedAsync(Guid childId, PlanVersionKind kind, DateOnly day, DateOnly? respondBy, string? issuedById, DateOnly? appealBy = null,
        CancellationToken cancellationToken = default)
    {
        var givenName = await GivenNameAsync(childId, cancellationToken);
        var link = $"/children/{childId}/plan";
        if (kind is PlanVersionKind.Draft or PlanVersionKind.AmendmentDraft)
        {
            await AddAsync(childId, Audience.Family, NotificationKind.DraftIssued,
                kind == PlanVersionKind.Draft
                    ? NotificationWording.DraftIssued(givenName, respondBy ?? StatutoryClock.DraftResponseDue(day))
                    : NotificationWording.AmendmentsIssued(givenName, respondBy ?? StatutoryClock.AmendmentResponseDue(day)),
                link, issuedById, cancellationToken);
            return;
        }

        if (appealBy is { } lastDay)
        {
            // An amended plan gives the family a fresh right to appeal its contents (s51(2)(c)): they are told the date.
            await AddAsync(childId, Audience.Caseworker | Audience.Professionals, NotificationKind.PlanIssued, NotificationWording.PlanIssued(givenName, false, day),
                link, issuedById, cancellationToken);
            await AddAsync(childId, Audience.Family, NotificationKind.PlanIssued, NotificationWording.AmendedPlanIssuedForFamily(givenName, day, lastDay),
                $"/children/{childId}/case", issuedById, cancellationToken);
            return;
        }

        await AddAsync(childId, Audience.Everyone, NotificationKind.PlanIssued, NotificationWording.PlanIssued(givenName, kind == PlanVersionKind.Final, day),
            link, issuedById, cancellationToken);
    }

    /// <summary>The child's first name, the only part of their name a notification carries.</summary>
    public Task<string> GivenNameAsync(Guid childId, CancellationToken cancellationToken = default) =>
        _db.Children.Where(c => c.Id == childId).Select(c => c.GivenName).SingleAsync(cancellationToken);

    /// <summary>The person or team an invitation names: who a request for advice is waiting on.</summary>
    public async Task<IReadOnlyList<string>> HoldersOfAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await _db.ProfessionalInvitations.Where(i => i.Id == invitationId)
            .Select(i => new { i.UserId, i.ProfessionalTeamId })
            .SingleOrDefaultAsync(cancellationToken);
        if (invitation is null)
        {
            return [];
        }

        if (invitation.UserId is { } userId)
        {
            return [userId];
        }

        return await _db.ProfessionalTeamMembers.Where(m => m.ProfessionalTeamId == invitation.ProfessionalTeamId).Select(m => m.UserId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> CaseworkersOfTeamAsync(Guid? teamId, CancellationToken cancellationToken = default)
    {
        if (teamId is null)
        {
            return [];
        }

        var caseworkerRole = await _db.Roles.Where(r => r.Name == PortalRoles.Caseworker).Select(r => r.Id).SingleAsync(cancellationToken);
        return await _db.Users
            .Where(u => u.SendTeamId == teamId && u.DisabledAt == null && _db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == caseworkerRole))
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }

    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
