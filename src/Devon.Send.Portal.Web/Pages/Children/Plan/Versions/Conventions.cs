namespace Devon.Send.Portal.Web.Pages.Children.Plan.Versions;

/// <summary>Issued versions of the plan, comments on drafts and the family's response; the council reads every response.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Responses"] = new(PortalPolicies.SignedIn, ChildAction.Manage),
        ["Response"] = new(PortalPolicies.SignedIn, ChildAction.RespondToDraft),
    };
}
