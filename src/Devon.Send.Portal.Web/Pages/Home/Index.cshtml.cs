using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Home;

/// <summary>The signed-in home page: what each of the person's roles needs first.</summary>
public sealed class IndexModel(HomeQueries queries) : PageModel
{
    public IReadOnlyList<ChildCase> Children { get; private set; } = [];
    public IReadOnlyList<EndedAccess> EndedAccess { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];
    public LocalOfferSummary? LocalOffer { get; private set; }
    public int NewRequests { get; private set; }

    public bool IsFamily => PortalRoles.Families.Any(User.IsInRole);
    public bool IsProfessional => PortalRoles.Professionals.Any(User.IsInRole);
    public bool IsCouncilStaff => PortalRoles.CouncilStaff.Any(User.IsInRole);
    public bool IsEditor => User.IsInRole(PortalRoles.LocalOfferEditor);
    public bool IsAdministrator => User.IsInRole(PortalRoles.Administrator);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsFamily || IsCouncilStaff)
        {
            Children = await queries.ChildCasesAsync(User, cancellationToken);
        }

        if (IsCouncilStaff)
        {
            NewRequests = await queries.NewRequestsAsync(User, cancellationToken);
        }

        if (IsFamily)
        {
            EndedAccess = await queries.EndedAccessAsync(User, cancellationToken);
        }

        if (IsProfessional)
        {
            Invitations = await queries.InvitationsAsync(User, cancellationToken);
        }

        if (IsEditor)
        {
            LocalOffer = await queries.LocalOfferAsync(User, cancellationToken);
        }
    }
}
