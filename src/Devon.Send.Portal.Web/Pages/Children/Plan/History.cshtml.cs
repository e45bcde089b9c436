using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan;

/// <summary>Every issued version and every saved revision of a plan: who, in what role, when and why.</summary>
public sealed class HistoryModel(PlanStore plans) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    /// <summary>The quality check is the council's record of issuing; families and professionals are not shown it.</summary>
    public bool ShowQualityCheck { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ShowQualityCheck = HttpContext.ChildPermissions().CanManage;
        if (await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        Versions = [.. (await plans.VersionsAsync(plan.Id, cancellationToken)).Reverse()];
        Revisions = await plans.PlanHistoryAsync(plan.Id, cancellationToken);
        return Page();
    }
}
