namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>The assessment case: anyone who can see the child reads it; the council decides and records exceptions.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Decision"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Exception"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
    };
}
