using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Every page whose address names a child (<c>{childId}</c>) is checked here before any handler runs, so no child page
/// can forget to: the person must be able to see the child (a refusal is a 404: whether the child exists is not given
/// away), and must have the permission the page's folder declares (see <see cref="FolderConventions"/>). What the
/// person may do is worked out once and left on the request for the page (<see cref="ChildPermissionsHttpContextExtensions.ChildPermissions"/>).
/// Every refusal goes into the audit log with the page and the child's id only; a folder policy's refusal, which never
/// reaches the page, is logged by <see cref="ChildRecordAudit"/>.
/// </summary>
public sealed class ChildRecordAuthorizationFilter(ChildAccess access, AuditLog audit) : IAsyncPageFilter
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
        var permissions = Guid.TryParse(raw?.ToString(), out var childId)
            ? await access.PermissionsAsync(user, childId, context.HttpContext.RequestAborted)
            : ChildPermissions.None;
        var required = context.ActionDescriptor.EndpointMetadata.OfType<ChildActionRequired>().LastOrDefault()
            ?? new ChildActionRequired(ChildAction.View, ChildRefusal.NotFound);
        if (!permissions.Has(required.Permission))
        {
            await RecordRefusalAsync(context, childId);
            context.Result = !permissions.CanView || required.Refusal == ChildRefusal.NotFound ? new NotFoundResult() : new ForbidResult();
            return;
        }

        context.HttpContext.Features.Set(permissions);
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
