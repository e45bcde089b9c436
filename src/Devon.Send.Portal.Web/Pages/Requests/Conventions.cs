namespace Devon.Send.Portal.Web.Pages.Requests;

/// <summary>Asking for an assessment: a parent, a young person or a school (s36(1)).</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.RequestAssessment);
}
