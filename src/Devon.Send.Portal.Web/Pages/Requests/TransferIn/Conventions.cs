namespace Devon.Send.Portal.Web.Pages.Requests.TransferIn;

/// <summary>A plan arriving from another council (SEND Regulations 2014, regulation 15(3)): the council's SEND team.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.CaseManagement);
}
