using System.Security.Claims;

namespace Devon.Send.Portal.Web.Audit;

/// <summary>
/// Writes audit events. Where a request changes something, <c>Add</c> the event and save it with the change, so
/// that one is never stored without the other; <c>Record</c> saves an event on its own (a view, a sign-in).
/// </summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>An event by the person making the current request, saved with the next SaveChanges.</summary>
    public void Add(AuditKind kind, string detail, Guid? childId = null) => Add(kind, detail, http.HttpContext?.User, childId);

    /// <summary>An event by this signed-in person (or one being signed in), saved with the next SaveChanges.</summary>
    public void Add(AuditKind kind, string detail, ClaimsPrincipal? user, Guid? childId = null, PlanAnchor? anchor = null)
    {
        var roles = PortalRoles.All.Where(r => user?.IsInRole(r) == true).ToList();
        db.AuditEvents.Add(Entry(clock.GetUtcNow(), kind, detail, childId, new AuditActor(user?.UserId(), user?.FindFirstValue(PortalClaimsFactory.DisplayName),
            roles.Count == 0 ? null : string.Join(",", roles), user?.FindFirstValue(PortalClaimsFactory.Organisation)), IpAddress, anchor));
    }

    /// <summary>An event for someone known but not signed in (a sign-in, a failed one), saved with the next SaveChanges.</summary>
    public void AddFor(AuditKind kind, string detail, PortalUser? user, Guid? childId = null) =>
        db.AuditEvents.Add(New(kind, detail, childId, new AuditActor(user?.Id, user?.DisplayName, null, user?.Organisation)));

    public async Task RecordAsync(AuditKind kind, string detail, Guid? childId = null, CancellationToken cancellationToken = default)
    {
        Add(kind, detail, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An event by this signed-in person, saved now: for work outside a page request, such as a live connection.</summary>
    public async Task RecordAsync(AuditKind kind, string detail, ClaimsPrincipal user, Guid? childId, CancellationToken cancellationToken = default)
    {
        Add(kind, detail, user, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordForAsync(AuditKind kind, string detail, PortalUser? user, Guid? childId = null, CancellationToken cancellationToken = default)
    {
        AddFor(kind, detail, user, childId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// An event by someone the caller names, at a time the caller gives, saved with the next SaveChanges: for a change
    /// whose entry must carry the same time as the change itself.
    /// </summary>
    public void AddAs(AuditActor actor, AuditKind kind, string detail, Guid? childId, DateTimeOffset at, PlanAnchor? anchor = null) =>
        db.AuditEvents.Add(Entry(at, kind, detail, childId, actor, IpAddress, anchor));

    /// <summary>
    /// The one way an audit event is made, whoever writes it. The actor's organisation is written as given, and a
    /// detail too long for its column is cut short rather than failing the change it describes.
    /// </summary>
    public static AuditEvent Entry(DateTimeOffset at, AuditKind kind, string detail, Guid? childId, AuditActor actor, string? ipAddress, PlanAnchor? anchor = null) => new()
    {
        At = at,
        Kind = kind,
        ActorUserId = actor.UserId,
        ActorName = actor.Name,
        ActorRoles = actor.Roles,
        ActorOrganisation = actor.Organisation,
        ChildId = childId,
        // Details are built from names the portal holds (a role, an organisation); never let one fail the change it describes.
        Detail = detail.Length <= AuditEvent.DetailLength ? detail : detail[..(AuditEvent.DetailLength - 1)] + "…",
        IpAddress = ipAddress,
        AnchorPlanId = anchor?.PlanId,
        AnchorSection = anchor?.SectionCode,
        AnchorNumber = anchor?.Number,
        AnchorHash = anchor?.Hash,
    };

    private string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private AuditEvent New(AuditKind kind, string detail, Guid? childId, AuditActor actor) => Entry(clock.GetUtcNow(), kind, detail, childId, actor, IpAddress);
}

/// <summary>Who an audit event says acted: a person (by id, name, roles and organisation) or a rule of the portal's own, by name.</summary>
public sealed record AuditActor(string? UserId, string? Name, string? Roles, string? Organisation)
{
    public static AuditActor Named(string name) => new(null, name, null, null);
}
