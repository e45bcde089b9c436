using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Devon.Send.Portal.Web.Infrastructure;

/// <summary>
/// Every page whose address names a child (<c>{childId}</c>) is first checked against the
/// <see cref="PortalPolicies.ViewChild"/> policy, before any handler runs, so no child page can forget to. A
/// refusal is a 404 (whether the child exists is not given away) and goes into the audit log. Pages then check
/// what more they need (managing the case, writing a section).
/// </summary>
public sealed class ChildRecordAuthorizationFilter(IAuthorizationService authorization, AuditLog audit) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!context.RouteData.Values.TryGetValue("childId", out var raw))
        {
            await next();
            return;
        }

        var user = context.HttpContext.User;
        if (!Guid.TryParse(raw?.ToString(), out var childId) || !(await authorization.AuthorizeAsync(user, childId, PortalPolicies.ViewChild)).Succeeded)
        {
            if (user.Identity?.IsAuthenticated == true && childId != Guid.Empty)
            {
                await audit.RecordAsync(AuditKind.AccessRefused, context.ActionDescriptor.ViewEnginePath, childId, context.HttpContext.RequestAborted);
            }

            context.Result = new NotFoundResult();
            return;
        }

        await next();
    }
}
