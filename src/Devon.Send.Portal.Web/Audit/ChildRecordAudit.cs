using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Audit;

/// <summary>
/// Logs a refusal by a folder's policy (a parent trying a caseworker's page for a child) before the 403 is sent.
/// Such a request never reaches the page, so <see cref="Security.ChildRecordAuthorizationFilter"/>, which logs
/// every other refusal at a child's page, cannot see it. A refusal records only the page and the child's id.
/// </summary>
public sealed class ChildRecordAudit(AuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && ChildIdOf(context) is { } childId && context.User.Identity?.IsAuthenticated == true)
        {
            var endpoint = context.GetEndpoint();
            var page = endpoint?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath ?? endpoint?.DisplayName ?? context.Request.Path.Value ?? "";
            await audit.RecordAsync(AuditKind.AccessRefused, page, childId, context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    public static Guid? ChildIdOf(HttpContext context) =>
        Guid.TryParse(context.GetRouteValue("childId")?.ToString(), out var childId) ? childId : null;
}
