namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>Advice: the council asks for it; those asked write it; the list shows each person what is theirs.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Ask"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
    };
}
