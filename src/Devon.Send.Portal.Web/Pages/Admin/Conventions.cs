namespace Devon.Send.Portal.Web.Pages.Admin;

/// <summary>Accounts, roles and teams: administrators only.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.Administration);
}
