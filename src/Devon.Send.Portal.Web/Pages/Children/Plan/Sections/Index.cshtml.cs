using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Sections;

/// <summary>One section of a plan and every revision of it: who, role, when, why, and what changed each time.</summary>
public sealed class IndexModel(PlanStore plans) : PageModel
{
    public sealed record Change(RevisionView Revision, IReadOnlyList<DiffSegment> FromPrevious);

    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute(Name = "section")]
    public string Code { get; set; } = "";

    public string SectionCode => Code.ToUpperInvariant();
    public string ChildName { get; private set; } = "";
    public SectionContent Current { get; private set; } = SectionContent.Empty;
    public IReadOnlyList<Change> Changes { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PlanSections.IsCode(SectionCode) || Code.Any(char.IsUpper) || await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        CanWrite = HttpContext.ChildPermissions().CanWrite(SectionCode);
        var history = await plans.SectionHistoryAsync(plan.Id, SectionCode, cancellationToken);
        Current = history.Count == 0 ? SectionContent.Empty : history[0].Content;
        Changes = [.. history.Select((revision, i) => new Change(
            revision,
            WordDiff.Compare(i + 1 < history.Count ? history[i + 1].Content.ToComparableText(SectionCode) : "", revision.Content.ToComparableText(SectionCode))))];
        return Page();
    }
}
