using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Requests;

/// <summary>Check your answers, then send the request: the council has received it from that moment.</summary>
public sealed class CheckModel(PortalDbContext db, AssessmentRequests requests) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public AssessmentRequest Answers { get; private set; } = null!;

    /// <summary>The first step with an answer still missing, where sending takes the person back to.</summary>
    public string? Incomplete { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RequestForm.FindDraftAsync(db, Id, User, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        if (request.SubmittedAt is not null)
        {
            return Redirect($"/requests/{Id}/sent");
        }

        Answers = request;
        Incomplete = FirstIncompleteStep(request);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RequestForm.FindDraftAsync(db, Id, User, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        if (request.SubmittedAt is null)
        {
            if (FirstIncompleteStep(request) is { } step)
            {
                Answers = request;
                Incomplete = step;
                ModelState.AddModelError(string.Empty, "Some answers are missing. Answer every question before you send the request");
                return Page();
            }

            await requests.SubmitAsync(request, User, cancellationToken);
        }

        return Redirect($"/requests/{Id}/sent");
    }

    private static string? FirstIncompleteStep(AssessmentRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.ChildGivenName) || string.IsNullOrWhiteSpace(r.ChildFamilyName) || r.ChildDateOfBirth is null
            || (r.MadeBy == RequesterKind.Parent && r.Relationship is null) || (r.MadeBy == RequesterKind.SchoolOrSetting && !r.FamilyKnows))
        {
            return "child";
        }

        if (string.IsNullOrWhiteSpace(r.Needs) || string.IsNullOrWhiteSpace(r.SupportSoFar))
        {
            return "needs";
        }

        return r.Declaration ? null : "views";
    }
}
