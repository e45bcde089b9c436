namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// The assessment case: anyone who can see the child reads it; the council decides, records exceptions and a decision
/// not to issue a plan; the family (or the caseworker for them) records mediation.
/// </summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Decision"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Exception"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["NoPlan"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Mediation"] = new(PortalPolicies.SignedIn, ChildAction.RecordMediation),
    };
}
