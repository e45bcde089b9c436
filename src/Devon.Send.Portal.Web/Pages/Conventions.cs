namespace Devon.Send.Portal.Web.Pages;

/// <summary>Every page needs a signed-in person unless it says otherwise; a page that names a child needs to see that child.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);
}
