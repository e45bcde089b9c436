namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>Annual reviews: anyone on the case reads them and gives views; the council arranges, records and decides.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Arrange"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Meeting"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Decision"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["NoAmendment"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
    };
}
