namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// The assessment case: anyone who can see the child reads it; the council decides, records exceptions and a decision
/// not to issue a plan, and
/// records the family's appeal to the Tribunal, its outcome and the steps the council takes after it; the family (or the
/// caseworker for them) records mediation, and the caseworker what a mediation agreement requires (Reg 42).
/// </summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["Decision"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Exception"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["NoPlan"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Mediation"] = new(PortalPolicies.SignedIn, ChildAction.RecordMediation),
        ["MediationAgreement"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Appeal"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["TribunalStep"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
    };
}
