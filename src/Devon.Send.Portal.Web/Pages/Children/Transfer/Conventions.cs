namespace Devon.Send.Portal.Web.Pages.Children.Transfer;

/// <summary>Transfers of a plan to another council (SEND Regulations 2014, regulation 15): the council's caseworkers only.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.CaseManagement, ChildAction.Manage);
}
