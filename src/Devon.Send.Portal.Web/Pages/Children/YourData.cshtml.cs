using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children;

/// <summary>The family downloads everything the portal holds about their child, as a zip of web pages and JSON.</summary>
public sealed class YourDataModel(PortalDbContext db, SubjectAccessExport export, AuditLog audit, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.Where(c => c.Id == ChildId).Select(c => c.GivenName).SingleAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var data = await export.GatherAsync(ChildId, User.UserId()!, cancellationToken);
        await audit.RecordAsync(AuditKind.DataDownloaded, "Downloaded everything the portal holds about the child", ChildId, cancellationToken);
        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename=\"devon-send-portal-record-{clock.UkToday():yyyy-MM-dd}.zip\"";
        Response.Headers.CacheControl = "no-store";
        await export.WriteZipAsync(data, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
