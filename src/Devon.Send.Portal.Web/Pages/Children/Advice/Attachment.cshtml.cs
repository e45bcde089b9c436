using Devon.Send.Portal.Web.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>
/// Sends a file given with advice, as a download, to someone who may see the child's record (checked before this
/// runs) and, while the advice is a draft, only to its contributor. Every download by a professional or the council is audited as a view.
/// </summary>
public sealed class AttachmentModel(PortalDbContext db, AdviceService advice, IAttachmentStore store) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public Guid AttachmentId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var found = await db.AdviceAttachments.AsNoTracking()
            .Where(f => f.Id == AttachmentId)
            .Join(db.AdviceRequests, f => f.AdviceRequestId, a => a.Id, (f, a) => new { File = f, Request = a })
            .Where(x => db.AssessmentCases.Any(c => c.Id == x.Request.AssessmentCaseId && c.ChildId == ChildId))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        if (!found.Request.IsSubmitted && !await advice.IsContributorAsync(User, found.Request, ChildId, cancellationToken))
        {
            return NotFound();
        }

        if (await store.OpenAsync(found.File.StorageKey, cancellationToken) is not { } content)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(content, found.File.ContentType, found.File.FileName);
    }
}
