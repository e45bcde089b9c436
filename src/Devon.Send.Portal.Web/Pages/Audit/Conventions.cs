namespace Devon.Send.Portal.Web.Pages.Audit;

/// <summary>Searching the audit log: team managers only.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.AuditSearch);
}
