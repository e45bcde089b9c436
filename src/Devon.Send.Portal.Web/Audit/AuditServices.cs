using Microsoft.AspNetCore.Authorization;

namespace Devon.Send.Portal.Web.Audit;

/// <summary>The audit log, and the filters that record each view of a child's record and each refusal.</summary>
public static class AuditServices
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<ChildRecordViewFilter>();
        services.AddScoped<IAuthorizationMiddlewareResultHandler, ChildRecordAudit>();
        return services;
    }
}
