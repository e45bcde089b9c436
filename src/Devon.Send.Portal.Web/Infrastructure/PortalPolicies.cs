using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Devon.Send.Portal.Web.Infrastructure;

/// <summary>The named authorization policies. Page folders are bound to them in <see cref="PortalApplication"/>.</summary>
public static class PortalPolicies
{
    public const string CaseManagement = nameof(CaseManagement);
    public const string LocalOfferEditing = nameof(LocalOfferEditing);
    public const string Administration = nameof(Administration);

    public static void Add(AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(CaseManagement, p => p.RequireRole(PortalRoles.Caseworker, PortalRoles.TeamManager))
        .AddPolicy(LocalOfferEditing, p => p.RequireRole(PortalRoles.LocalOfferEditor))
        .AddPolicy(Administration, p => p.RequireRole(PortalRoles.Administrator));
}
