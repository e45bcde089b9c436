namespace Devon.Send.Portal.Web.Pages.Children.Plan;

/// <summary>The plan: anyone who can see the child reads it; the council issues versions.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Issue"] = new(PortalPolicies.SignedIn, ChildAction.Manage),
    };
}
