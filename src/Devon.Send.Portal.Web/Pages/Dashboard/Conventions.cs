namespace Devon.Send.Portal.Web.Pages.Dashboard;

/// <summary>Performance figures and importing case history: team managers only.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.Dashboard);
}
