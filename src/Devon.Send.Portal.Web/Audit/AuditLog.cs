using System.Security.Claims;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Infrastructure;

namespace Devon.Send.Portal.Web.Audit;

/// <summary>Writes audit events for the person making the current request.</summary>
public sealed class AuditLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public Task RecordAsync(AuditKind kind, string detail, Guid? childId = null, CancellationToken cancellationToken = default) =>
        RecordAsync(kind, detail, http.HttpContext?.User, childId, cancellationToken);

    /// <summary>For events where the person is known but not yet signed in (a sign-in, a failed one).</summary>
    public async Task RecordForAsync(AuditKind kind, string detail, PortalUser? user, Guid? childId = null, CancellationToken cancellationToken = default)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow(),
            Kind = kind,
            ActorUserId = user?.Id,
            ActorName = user?.DisplayName,
            ActorOrganisation = user?.Organisation,
            ChildId = childId,
            Detail = detail,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordAsync(AuditKind kind, string detail, ClaimsPrincipal? user, Guid? childId, CancellationToken cancellationToken)
    {
        var roles = PortalRoles.All.Where(r => user?.IsInRole(r) == true).ToList();
        db.AuditEvents.Add(new AuditEvent
        {
            At = clock.GetUtcNow(),
            Kind = kind,
            ActorUserId = user?.UserId(),
            ActorName = user?.FindFirstValue(PortalClaimsFactory.DisplayName),
            ActorRoles = roles.Count == 0 ? null : string.Join(",", roles),
            ActorOrganisation = user?.FindFirstValue(PortalClaimsFactory.Organisation),
            ChildId = childId,
            Detail = detail,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
