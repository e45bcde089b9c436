using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Requests;

public sealed class SentModel(PortalDbContext db) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public AssessmentRequest Answers { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RequestForm.FindDraftAsync(db, Id, User, cancellationToken) is not { SubmittedAt: not null } request)
        {
            return NotFound();
        }

        Answers = request;
        return Page();
    }
}
