using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// The named authorization policies. Each page folder's Conventions.cs names the role policy its pages need
/// (<see cref="FolderConventions"/>); the two child policies answer the live-update hub, through <see cref="ChildAccess"/>.
/// </summary>
public static class PortalPolicies
{
    public const string SignedIn = nameof(SignedIn);
    public const string CaseManagement = nameof(CaseManagement);
    public const string LocalOfferEditing = nameof(LocalOfferEditing);
    public const string Administration = nameof(Administration);
    public const string AuditSearch = nameof(AuditSearch);
    public const string Dashboard = nameof(Dashboard);
    public const string ViewChild = nameof(ViewChild);
    public const string WritePlanSection = nameof(WritePlanSection);
    public const string RequestAssessment = nameof(RequestAssessment);

    public static void Add(AuthorizationBuilder builder)
    {
        var signedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        builder
            .SetFallbackPolicy(signedIn)
            .AddPolicy(SignedIn, signedIn)
            .AddPolicy(CaseManagement, p => p.RequireRole(PortalRoles.Caseworker, PortalRoles.TeamManager))
            .AddPolicy(LocalOfferEditing, p => p.RequireRole(PortalRoles.LocalOfferEditor))
            .AddPolicy(Administration, p => p.RequireRole(PortalRoles.Administrator))
            .AddPolicy(AuditSearch, p => p.RequireRole(PortalRoles.TeamManager))
            .AddPolicy(Dashboard, p => p.RequireRole(PortalRoles.TeamManager))
            // A parent, a young person or a school may ask the council for an assessment (s36(1)).
            .AddPolicy(RequestAssessment, p => p.RequireRole(PortalRoles.Parent, PortalRoles.YoungPerson, PortalRoles.EducationProfessional))
            .AddPolicy(ViewChild, p => p.RequireAuthenticatedUser().AddRequirements(new ChildRequirement(ChildAction.View)))
            .AddPolicy(WritePlanSection, p => p.RequireAuthenticatedUser().AddRequirements(new PlanSectionRequirement()));
    }
}

public sealed record ChildRequirement(ChildAction Permission) : IAuthorizationRequirement;

public sealed record PlanSectionRequirement : IAuthorizationRequirement;

/// <summary>A section of a child's plan, the resource of the <see cref="PortalPolicies.WritePlanSection"/> policy.</summary>
public sealed record PlanSectionOf(Guid ChildId, string SectionCode);

/// <summary>Answers <see cref="PortalPolicies.WritePlanSection"/> (the live-update hub asks it) from <see cref="ChildAccess"/>.</summary>
public sealed class PlanSectionAuthorizationHandler(ChildAccess access) : AuthorizationHandler<PlanSectionRequirement, PlanSectionOf>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlanSectionRequirement requirement, PlanSectionOf section)
    {
        if ((await access.PermissionsAsync(context.User, section.ChildId)).CanWrite(section.SectionCode))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Answers the child policies for a child's id (the live-update hub asks them) from <see cref="ChildAccess"/>.</summary>
public sealed class ChildAuthorizationHandler(ChildAccess access) : AuthorizationHandler<ChildRequirement, Guid>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ChildRequirement requirement, Guid childId)
    {
        if ((await access.PermissionsAsync(context.User, childId)).Has(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}
