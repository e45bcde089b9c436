namespace Devon.Send.Portal.Web.Pages.Children;

/// <summary>A child's record: anyone who can see the child; downloading it all is the family's.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["YourData"] = new(PortalPolicies.SignedIn, ChildAction.DownloadData, ChildRefusal.NotFound),
    };
}
