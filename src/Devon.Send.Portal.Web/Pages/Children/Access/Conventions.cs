namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>Who has access to a child's record, and who has looked at it.</summary>
public sealed class Conventions : FolderConventions
{
    public override PageAccess Access { get; } = new(PortalPolicies.SignedIn);

    public override IReadOnlyDictionary<string, PageAccess> Pages { get; } = new Dictionary<string, PageAccess>
    {
        ["InviteFamily"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["InviteProfessional"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["InvitationSent"] = new(PortalPolicies.CaseManagement, ChildAction.Manage),
        ["Remove"] = new(PortalPolicies.SignedIn, ChildAction.Manage, ChildRefusal.NotFound),
        ["FamilyAccess"] = new(PortalPolicies.SignedIn, ChildAction.DecideFamilyAccess, ChildRefusal.NotFound),
        ["WhoHasLooked"] = new(PortalPolicies.SignedIn, ChildAction.SeeWhoHasLooked, ChildRefusal.NotFound),
    };
}
