using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Audit;

/// <summary>
/// Every page that names a child in its route logs a view when a professional or council staff member
/// opens it (or a file from it) and is let in, so no child page can forget to. Families looking at their own child are not logged.
/// Changes are logged by the code that makes them, which knows what changed.
/// </summary>
public sealed class ChildRecordViewFilter(AuditLog audit) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (context.RouteData.Values.TryGetValue("childId", out var raw)
            && Guid.TryParse(raw?.ToString(), out var childId)
            && HttpMethods.IsGet(http.Request.Method)
            && executed.Exception is null
            && executed.Result is PageResult or FileStreamResult
            && http.User.Identity?.IsAuthenticated == true
            && !PortalRoles.Families.Any(http.User.IsInRole))
        {
            await audit.RecordAsync(AuditKind.RecordViewed, context.ActionDescriptor.ViewEnginePath, childId, http.RequestAborted);
        }
    }
}
