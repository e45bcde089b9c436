using Microsoft.AspNetCore.Authorization;

namespace Devon.Send.Portal.Web.Security;

/// <summary>Who may see and do what: the policies, the child access rules and the child filter.</summary>
public static class SecurityServices
{
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services)
    {
        PortalPolicies.Add(services.AddAuthorizationBuilder());
        services.AddScoped<ChildAccess>();
        services.AddScoped<PortalSessions>();
        services.AddScoped<SignInThrottles>();
        services.AddScoped<IAuthorizationHandler, ChildAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, PlanSectionAuthorizationHandler>();
        services.AddScoped<ChildRecordAuthorizationFilter>();
        return services;
    }
}
