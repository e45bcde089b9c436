using System.Security.Claims;
using Devon.Send.Portal.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Account;

public static class ProfessionalInvitations
{
    /// <summary>
    /// Binds to this professional every invitation sent to their email address that nobody has taken up yet, and
    /// audits each one against its child. The address is the account's, which is verified: a local account cannot
    /// sign in before its email is confirmed, and an Entra ID account takes only an address its tenant has verified
    /// (<see cref="EntraId.VerifiedEmail"/>). Invitation addresses are stored in lower case.
    /// </summary>
    public static async Task AcceptAsync(HttpContext context, ClaimsPrincipal? user)
    {
        var userId = user?.UserId();
        var email = user?.FindFirstValue(ClaimTypes.Email)?.ToLowerInvariant();
        if (userId is null || email is null || !PortalRoles.Professionals.Any(user!.IsInRole))
        {
            return;
        }

        var db = context.RequestServices.GetRequiredService<PortalDbContext>();
        var audit = context.RequestServices.GetRequiredService<AuditLog>();
        var pending = await db.ProfessionalInvitations
            .Where(i => i.UserId == null && i.ProfessionalTeamId == null && i.Email == email)
            .ToListAsync();
        foreach (var invitation in pending)
        {
            invitation.UserId = userId;
            audit.Add(AuditKind.InvitationUsed, $"Professional invitation taken up: {PortalRoles.DisplayName(invitation.Role)}, {invitation.Organisation}", user, invitation.ChildId);
        }

        if (pending.Count > 0)
        {
            await db.SaveChangesAsync();
        }
    }
}
