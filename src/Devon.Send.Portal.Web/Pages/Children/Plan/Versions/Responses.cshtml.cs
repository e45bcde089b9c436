using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Versions;

/// <summary>The family's response to a draft for the council: the latest first, each earlier version kept, late ones marked.</summary>
public sealed class ResponsesModel(PlanStore plans, DraftFeedback feedback) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public int Number { get; set; }

    public string ChildName { get; private set; } = "";
    public DraftVersion Version { get; private set; } = null!;
    public IReadOnlyList<ResponseView> Responses { get; private set; } = [];
    public int CommentCount { get; private set; }

    public string VersionUrl => $"/children/{ChildId}/plan/versions/{Number}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await feedback.VersionAsync(ChildId, Number, cancellationToken) is not { Kind: PlanVersionKind.Draft or PlanVersionKind.AmendmentDraft } version)
        {
            return NotFound();
        }

        Version = version;
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        Responses = await feedback.ResponsesAsync(version.Id, cancellationToken);
        CommentCount = (await feedback.CommentCountsAsync(version.Id, cancellationToken)).Values.Sum();
        return Page();
    }
}
