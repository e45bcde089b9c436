using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Every page whose address names a child (<c>{childId}</c>) is first checked against the
/// <see cref="PortalPolicies.ViewChild"/> policy, before any handler runs, so no child page can forget to. A
/// refusal is a 404 (whether the child exists is not given away). Pages then check what more they need (managing
/// the case, deciding family access, writing a section) and answer not found or forbidden when it is missing.
/// Every such refusal goes into the audit log with the page and the child's id only; a folder policy's refusal,
/// which never reaches the page, is logged by <see cref="ChildRecordAudit"/>.
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
            await RecordRefusalAsync(context, childId);
            context.Result = new NotFoundResult();
            return;
        }

        var executed = await next();
        if (executed.Exception is null
            && executed.Result is ForbidResult or StatusCodeResult { StatusCode: StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound })
        {
            await RecordRefusalAsync(context, childId);
        }
    }

    private async Task RecordRefusalAsync(PageHandlerExecutingContext context, Guid childId)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated == true && childId != Guid.Empty)
        {
            await audit.RecordAsync(AuditKind.AccessRefused, context.ActionDescriptor.ViewEnginePath, childId, context.HttpContext.RequestAborted);
        }
    }
}
