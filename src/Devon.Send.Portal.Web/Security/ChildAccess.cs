using System.Security.Claims;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// The one place that decides which children a signed-in person may see or manage. Access is by
/// relationship, not by role alone: a family sees its own children, a professional only the children
/// they are invited to while the invitation lasts, a caseworker their own cases, a team manager their team's.
/// </summary>
public sealed class ChildAccess(PortalDbContext db, TimeProvider clock)
{
    public IQueryable<Child> VisibleTo(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        if (userId is null)
        {
            return db.Children.Where(_ => false);
        }

        var team = user.IsInRole(PortalRoles.TeamManager) ? user.SendTeamId() : null;
        var byCase = user.IsInRole(PortalRoles.Caseworker);
        var byFamily = PortalRoles.Families.Any(user.IsInRole);
        var byInvitation = PortalRoles.Professionals.Any(user.IsInRole);
        var invitations = InvitationsHeldBy(user);
        return db.Children.Where(c =>
            (team != null && c.SendTeamId == team) ||
            (byCase && c.CaseworkerId == userId) ||
            (byFamily && c.Family.Any(f => f.UserId == userId && f.AccessEndedAt == null)) ||
            (byInvitation && invitations.Any(i => i.ChildId == c.Id)));
    }

    /// <summary>The invitations that give this person access today: their own, and their teams'.</summary>
    public IQueryable<ProfessionalInvitation> InvitationsHeldBy(ClaimsPrincipal user)
    {
        var userId = user.UserId();
        var today = clock.UkToday();
        return db.ProfessionalInvitations.Where(i => userId != null && i.RevokedAt == null && i.EndsOn >= today &&
            (i.UserId == userId || db.ProfessionalTeamMembers.Any(m => m.ProfessionalTeamId == i.ProfessionalTeamId && m.UserId == userId)));
    }

    public Task<bool> CanViewAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default) =>
        VisibleTo(user).AnyAsync(c => c.Id == childId, cancellationToken);

    /// <summary>Only the young person, once the rights are theirs, decides whether their parents keep access.</summary>
    public async Task<bool> CanDecideFamilyAccessAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId();
        var born = await db.Children
            .Where(c => c.Id == childId && c.Family.Any(f => f.UserId == userId && f.Relationship == FamilyLink.Self))
            .Select(c => (DateOnly?)c.DateOfBirth)
            .SingleOrDefaultAsync(cancellationToken);
        return user.IsInRole(PortalRoles.YoungPerson) && born is { } b && YoungPersonRights.HaveStarted(b, clock.UkToday());
    }

    /// <summary>
    /// Who may respond to a draft plan for the family (s38, CoP 9.77): a parent or the young person with access; once
    /// the young person's rights have started (CoP 8.13), the young person alone.
    /// </summary>
    public async Task<bool> CanRespondToDraftAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default)
    {
        var userId = user.UserId();
        if (userId is null || !PortalRoles.Families.Any(user.IsInRole))
        {
            return false;
        }

        var link = await db.Children.Where(c => c.Id == childId)
            .SelectMany(c => c.Family.Where(f => f.UserId == userId && f.AccessEndedAt == null), (c, f) => new { f.Relationship, c.DateOfBirth })
            .SingleOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return false;
        }

        return !YoungPersonRights.HaveStarted(link.DateOfBirth, clock.UkToday())
            || (link.Relationship == FamilyLink.Self && user.IsInRole(PortalRoles.YoungPerson));
    }

    /// <summary>
    /// The plan sections this person may write in: council staff on the case, every section; an invited
    /// professional, the sections of their invitations (their own and their teams'); the family, section A.
    /// </summary>
    public async Task<IReadOnlySet<string>> SectionsWritableByAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default)
    {
        if (!await CanViewAsync(user, childId, cancellationToken))
        {
            return new HashSet<string>();
        }

        if (PortalRoles.CouncilStaff.Any(user.IsInRole))
        {
            return PlanSections.Codes.ToHashSet();
        }

        var sections = new HashSet<string>();
        if (PortalRoles.Families.Any(user.IsInRole) && await db.FamilyLinks.AnyAsync(f => f.ChildId == childId && f.UserId == user.UserId() && f.AccessEndedAt == null, cancellationToken))
        {
            sections.Add("A");
        }

        if (PortalRoles.Professionals.Any(user.IsInRole))
        {
            var invited = await InvitationsHeldBy(user).Where(i => i.ChildId == childId).Select(i => i.Sections).ToListAsync(cancellationToken);
            sections.UnionWith(invited.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries)).Where(PlanSections.IsCode));
        }

        return sections;
    }

    public async Task<bool> CanWriteSectionAsync(ClaimsPrincipal user, Guid childId, string code, CancellationToken cancellationToken = default) =>
        PlanSections.IsCode(code) && (await SectionsWritableByAsync(user, childId, cancellationToken)).Contains(code);

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default)
    {
        if (!PortalRoles.CouncilStaff.Any(user.IsInRole))
        {
            return Task.FromResult(false);
        }

        return CanViewAsync(user, childId, cancellationToken);
    }
}
