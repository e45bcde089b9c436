using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Devon.Send.Portal.Web.Realtime;

/// <summary>
/// A part of a plan page moved on: <paramref name="Part"/> is a section code (A–K) or <see cref="PlanChange.Versions"/>;
/// <paramref name="Revision"/> is the section's revision number or the number of issued versions. The browser fetches
/// the part's HTML from the server; <paramref name="Announcement"/> is read out to screen-reader users.
/// </summary>
public sealed record PlanChange(string Part, int Revision, string Announcement)
{
    public const string Versions = "versions";
}

/// <summary>Where a plan stands, for a browser joining or rejoining: it fetches every part whose revision moved.</summary>
public sealed record PlanState(IReadOnlyDictionary<string, int> Sections, int Versions, IReadOnlyList<PresentPerson> People, string You);

/// <summary>What the server calls on browsers.</summary>
public interface IPlanClient
{
    Task PlanChanged(PlanChange change);

    Task Presence(IReadOnlyList<PresentPerson> people);

    /// <summary>The person's access to the child has ended: the page stops updating and says why.</summary>
    Task AccessEnded();
}

/// <summary>
/// Live updates of a child's plan: one SignalR group per plan. Every call is checked against the same rule as the plan
/// page (<see cref="ChildAccess"/>, the <see cref="PortalPolicies.ViewChild"/> policy), so access that ends stops the
/// next call; <see cref="PlanLive.AccessChangedAsync"/> also closes the connections of someone whose access ended.
/// A connection watches one plan. Everything a browser sends is small: bigger messages close the connection.
/// </summary>
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class PlanHub(IAuthorizationService authorization, PlanStore plans, PlanPresence presence, PlanBackplane backplane, AuditLog audit, ILogger<PlanHub> logger) : Hub<IPlanClient>
{
    public const string Path = "/hubs/plan";

    public static string GroupOf(Guid childId) => $"plan-{childId:N}";

    /// <summary>Starts watching a plan; returns its revisions so the browser can catch up on anything it missed.</summary>
    public async Task<PlanState> Join(string childId)
    {
        var child = ParseChild(childId);
        var watching = presence.Of(Context.ConnectionId);
        if (watching is not null && watching.ChildId != child)
        {
            throw new PlanHubMisuseException("This connection already watches another plan.");
        }

        await RequireViewAsync(child);
        var user = Context.User!;
        var firstHere = presence.Watching(child).Count == 0;
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(child));
        presence.Join(new PlanPresence.Watcher(
            Context.ConnectionId, child, user.UserId()!, user.FindFirstValue(PortalClaimsFactory.DisplayName) ?? "Someone",
            PortalRoles.DisplayName(PortalRoles.All.FirstOrDefault(user.IsInRole) ?? ""), user, Context)
        {
            Editing = watching?.Editing,
            SessionEnds = Context.GetHttpContext()?.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc,
        });
        await backplane.LocalPresenceChangedAsync(child, ask: firstHere);
        await Clients.Group(GroupOf(child)).Presence(presence.PeopleOn(child));
        var revisions = await plans.RevisionsAsync(child, Context.ConnectionAborted);
        return new PlanState(revisions.Sections, revisions.Versions, presence.PeopleOn(child), user.UserId()!);
    }

    /// <summary>Says which section this connection is editing (null when it stops), for the others' warning.</summary>
    public async Task Editing(string childId, string? section)
    {
        var child = ParseChild(childId);
        if (presence.Of(Context.ConnectionId)?.ChildId != child)
        {
            throw new PlanHubMisuseException("Join the plan first.");
        }

        var code = section?.ToUpperInvariant();
        if (code is not null && !PlanSections.IsCode(code))
        {
            throw new PlanHubMisuseException("There is no such section.");
        }

        await RequireViewAsync(child);
        if (code is not null && !(await authorization.AuthorizeAsync(Context.User!, new PlanSectionOf(child, code), PortalPolicies.WritePlanSection)).Succeeded)
        {
            throw new PlanHubMisuseException("You cannot change that section.");
        }

        presence.SetEditing(Context.ConnectionId, code);
        await backplane.LocalPresenceChangedAsync(child);
        await Clients.Group(GroupOf(child)).Presence(presence.PeopleOn(child));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (exception is InvalidDataException or System.Text.Json.JsonException)
        {
            // SignalR has already closed it; the message itself is never logged.
            logger.LogWarning("Closed live plan connection {ConnectionId}: it sent a message that was too big or not valid ({Problem})", Context.ConnectionId, exception.GetType().Name);
        }

        if (presence.Leave(Context.ConnectionId) is { } child)
        {
            await backplane.LocalPresenceChangedAsync(child);
            await Clients.Group(GroupOf(child)).Presence(presence.PeopleOn(child));
        }

        await base.OnDisconnectedAsync(exception);
    }

    private static Guid ParseChild(string? childId) =>
        Guid.TryParse(childId, out var child) ? child : throw new PlanHubMisuseException("That is not a child's id.");

    private async Task RequireViewAsync(Guid child)
    {
        if ((await authorization.AuthorizeAsync(Context.User!, child, PortalPolicies.ViewChild)).Succeeded)
        {
            return;
        }

        // The page and the child's id only, as for any refused attempt at a child's record.
        logger.LogWarning("Live plan updates refused for connection {ConnectionId}: no access to the child", Context.ConnectionId);
        await audit.RecordAsync(AuditKind.AccessRefused, "Live updates of the plan", Context.User!, child, CancellationToken.None);
        if (presence.Leave(Context.ConnectionId) is { } watched)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(watched));
            await backplane.LocalPresenceChangedAsync(watched);
            await Clients.Group(GroupOf(watched)).Presence(presence.PeopleOn(watched));
        }

        // Said before the connection closes, so the page can tell the person rather than keep reconnecting.
        await Clients.Caller.AccessEnded();
        Context.Abort();
        throw new HubException("You cannot see this plan.");
    }
}

/// <summary>A call no page of the portal makes: bad ids, unknown sections, calls out of order.</summary>
public sealed class PlanHubMisuseException(string message) : HubException(message);
