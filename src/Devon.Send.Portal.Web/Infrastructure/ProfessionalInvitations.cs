using System.Security.Claims;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Infrastructure;

public static class ProfessionalInvitations
{
    /// <summary>
    /// Binds to this professional every invitation sent to their email address that nobody has taken up yet.
    /// Invitation addresses are stored in lower case.
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
        await db.ProfessionalInvitations
            .Where(i => i.UserId == null && i.ProfessionalTeamId == null && i.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UserId, userId));
    }
}
