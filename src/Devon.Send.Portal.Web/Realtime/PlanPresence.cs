using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace Devon.Send.Portal.Web.Realtime;

/// <summary>Someone with a plan open, as the others looking at it see them.</summary>
/// <param name="Key">Tells one person from another (and the reader from the others) without naming them twice.</param>
/// <param name="Name">Their name.</param>
/// <param name="Role">Their role, as the portal names it.</param>
/// <param name="Editing">The sections they have open for editing, in order.</param>
public sealed record PresentPerson(string Key, string Name, string Role, IReadOnlyList<string> Editing);

/// <summary>
/// The live connections to plans on this server: whose they are, which plan each one watches and which section it is
/// editing. It holds each connection's sign-in, so that when someone's access to a child changes the connection can be
/// checked again and closed at once. Who is watching through the other servers comes from <see cref="PlanBackplane"/>.
/// </summary>
public sealed class PlanPresence(PlanBackplane backplane)
{
    private readonly ConcurrentDictionary<string, Watcher> _watchers = new();

    public sealed record Watcher(string ConnectionId, Guid ChildId, string UserId, string Name, string Role, ClaimsPrincipal User, HubCallerContext Context)
    {
        /// <summary>When the session the connection was opened in ends, unless renewed by the person's other requests.</summary>
        public DateTimeOffset? SessionEnds { get; init; }

        public string? Editing { get; init; }
    }

    public void Join(Watcher watcher) => _watchers[watcher.ConnectionId] = watcher;

    /// <summary>Forgets a connection; returns the child whose plan it was watching.</summary>
    public Guid? Leave(string connectionId) => _watchers.TryRemove(connectionId, out var watcher) ? watcher.ChildId : null;

    public Watcher? Of(string connectionId) => _watchers.GetValueOrDefault(connectionId);

    public void SetEditing(string connectionId, string? section)
    {
        if (_watchers.TryGetValue(connectionId, out var watcher))
        {
            _watchers[connectionId] = watcher with { Editing = section };
        }
    }

    public IReadOnlyList<Watcher> Watching(Guid childId) => [.. _watchers.Values.Where(w => w.ChildId == childId)];

    public IReadOnlyList<Watcher> SessionsEndedBy(DateTimeOffset now) => [.. _watchers.Values.Where(w => w.SessionEnds < now)];

    public IReadOnlyList<Guid> WatchedChildren() => [.. _watchers.Values.Select(w => w.ChildId).Distinct()];

    /// <summary>Everyone with this plan open through this server, each person once however many tabs they have.</summary>
    public IReadOnlyList<PresentPerson> LocalPeopleOn(Guid childId) => Merge(Watching(childId).Select(w => new PresentPerson(w.UserId, w.Name, w.Role, w.Editing is { } e ? [e] : [])));

    /// <summary>Everyone with this plan open, through this server or any other.</summary>
    public IReadOnlyList<PresentPerson> PeopleOn(Guid childId) => Merge(LocalPeopleOn(childId).Concat(backplane.ElsewhereOn(childId)));

    private static IReadOnlyList<PresentPerson> Merge(IEnumerable<PresentPerson> people) =>
        [.. people
            .GroupBy(p => p.Key)
            .Select(g => g.First() with { Editing = [.. g.SelectMany(p => p.Editing).Distinct().Order(StringComparer.Ordinal)] })
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)];

    /// <summary>Who other than this person is editing a section now, for the warning on the edit page.</summary>
    public IReadOnlyList<PresentPerson> EditorsOf(Guid childId, string section, string? exceptUserId) =>
        [.. PeopleOn(childId).Where(p => p.Key != exceptUserId && p.Editing.Contains(section))];
}
