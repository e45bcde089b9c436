using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Versions;

/// <summary>Every comment on one issued version, section by section: the caseworker's single list to work through.</summary>
public sealed class CommentsModel(PlanStore plans, DraftFeedback feedback) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public int Number { get; set; }

    public string ChildName { get; private set; } = "";
    public DraftVersion Version { get; private set; } = null!;
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    public string VersionUrl => $"/children/{ChildId}/plan/versions/{Number}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await feedback.VersionAsync(ChildId, Number, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        Version = version;
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        Comments = await feedback.CommentsAsync(version.Id, cancellationToken: cancellationToken);
        return Page();
    }
}
