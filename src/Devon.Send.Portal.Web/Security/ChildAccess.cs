using System.Security.Claims;
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

    /// <summary>
    /// Everything this person may do with this child, worked out once for the request (and cached for it): the child
    /// filter refuses a page whose folder needs more, and pages read the rest from it.
    /// </summary>
    public async Task<ChildPermissions> PermissionsAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken = default)
    {
        if (_known.TryGetValue((user, childId), out var known))
        {
            return known;
        }

        var permissions = await WorkOutAsync(user, childId, cancellationToken);
        _known[(user, childId)] = permissions;
        return permissions;
    }

    private readonly Dictionary<(ClaimsPrincipal, Guid), ChildPermissions> _known = [];

    private async Task<ChildPermissions> WorkOutAsync(ClaimsPrincipal user, Guid childId, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var child = await VisibleTo(user).Where(c => c.Id == childId)
            .Select(c => new
            {
                c.DateOfBirth,
                Link = c.Family.Where(f => f.UserId == userId && f.AccessEndedAt == null).Select(f => f.Relationship).FirstOrDefault(),
                IsSelf = c.Family.Any(f => f.UserId == userId && f.Relationship == FamilyLink.Self),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (child is null)
        {
            return ChildPermissions.None;
        }

        var staff = PortalRoles.CouncilStaff.Any(user.IsInRole);
        var family = PortalRoles.Families.Any(user.IsInRole) && child.Link is not null;
        var youngPerson = user.IsInRole(PortalRoles.YoungPerson);
        var rightsStarted = YoungPersonRights.HaveStarted(child.DateOfBirth, clock.UkToday());

        // The plan sections this person may write in: council staff on the case, every section; an invited
        // professional, the sections of their invitations (their own and their teams'); the family, section A.
        var sections = new HashSet<string>();
        if (staff)
        {
            sections.UnionWith(PlanSections.Codes);
        }
        else
        {
            if (family)
            {
                sections.Add("A");
            }

            if (PortalRoles.Professionals.Any(user.IsInRole))
            {
                var invited = await InvitationsHeldBy(user).Where(i => i.ChildId == childId).Select(i => i.Sections).ToListAsync(cancellationToken);
                sections.UnionWith(invited.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries)).Where(PlanSections.IsCode));
            }
        }

        return new ChildPermissions(
            CanView: true,
            CanManage: staff,
            // Only the young person, once the rights are theirs, decides whether their parents keep access.
            CanDecideFamilyAccess: youngPerson && child.IsSelf && rightsStarted,
            // Who has looked is the family's to see (a parent with access, or the young person), and the council's:
            // not every professional invited to the case.
            CanSeeWhoHasLooked: staff || family,
            // A parent or the young person with access responds to a draft (s38, CoP 9.77); once the young person's
            // rights have started (CoP 8.13), the young person alone.
            CanRespondToDraft: family && (!rightsStarted || (child.Link == FamilyLink.Self && youngPerson)),
            // Everything held about a child is the family's to download (a subject access request): not the council's
            // staff, who hold the record already, nor professionals.
            CanDownloadData: family,
            // Issuing a plan with open quality-check findings: a team manager of the case, never the caseworker alone.
            CanOverrideQualityCheck: staff && user.IsInRole(PortalRoles.TeamManager),
            WritableSections: sections)
        {
            ReaderIsTheChild = youngPerson && child.Link == FamilyLink.Self,
        };
    }
}
