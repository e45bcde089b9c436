namespace Devon.Send.Portal.Web.Pages.Requests.Incoming;

/// <summary>Requests waiting for a caseworker, and recording one that came another way: the council's SEND team.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.CaseManagement);
}
