namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>
/// Ceasing to maintain the plan: anyone who can see the child reads where it stands; the council proposes and decides;
/// the family (or the caseworker for them) gives their views, and the caseworker records the school's.
/// </summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Propose"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Views"] = new(PortalPolicies.SignedIn, ChildAction.GiveViewsOnCeasing),
        ["Decide"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
    };
}
