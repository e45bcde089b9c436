using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan;

/// <summary>
/// Issues the plan as it is now as the next version: a draft, the final plan, proposed amendments or an amended
/// plan. The quality check runs again first; with open findings only a team manager may issue, giving a reason.
/// </summary>
public sealed class IssueModel(PlanStore plans) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "The reason must be 1,000 characters or fewer")]
    [Display(Name = "Why should it be issued with these findings open?")]
    public string? OverrideReason { get; set; }

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<(string Value, string Label)> Kinds { get; private set; } = [];
    public IReadOnlyList<QualityFinding> Findings { get; private set; } = [];
    public bool CanOverride { get; private set; }
    public bool HasContent { get; private set; }

    private EhcPlan _plan = null!;
    private PlanSnapshot _current = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Kind = Kinds[^1].Value;
        Findings = await FindingsAsync(Enum.Parse<PlanVersionKind>(Kind), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Kinds.Any(k => k.Value == Kind) || !Enum.TryParse<PlanVersionKind>(Kind, out var kind))
        {
            ModelState.AddModelError(nameof(Kind), "Select what to issue");
            return Page();
        }

        Findings = await FindingsAsync(kind, cancellationToken);
        if (!HasContent)
        {
            ModelState.AddModelError(nameof(Kind), "The plan is empty. Write its sections before issuing it");
        }
        else if (Findings.Count > 0 && !CanOverride)
        {
            ModelState.AddModelError(nameof(Kind), $"The quality check found {Findings.Count} {(Findings.Count == 1 ? "thing" : "things")} to fix. Fix them, or ask a team manager to issue the plan with a reason");
        }
        else if (Findings.Count > 0 && string.IsNullOrWhiteSpace(OverrideReason))
        {
            ModelState.AddModelError(nameof(OverrideReason), "Say why the plan should be issued with these findings open");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var version = await plans.IssueAsync(_plan, kind, Author.Of(User), Findings.Count, Findings.Count > 0 ? OverrideReason : null, cancellationToken: cancellationToken);
        if (version is null)
        {
            ModelState.AddModelError(nameof(Kind), "Someone else issued this plan a moment ago. Check the plan's history before issuing it again");
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = $"{version.Label} has been issued";
        return Redirect($"/children/{ChildId}/plan/versions/{version.Number}");
    }

    private async Task<IReadOnlyList<QualityFinding>> FindingsAsync(PlanVersionKind kind, CancellationToken cancellationToken) =>
        PlanQuality.Check(_current.Contents, await plans.FamilyContributedToAAsync(_plan.Id, cancellationToken), forFinal: kind != PlanVersionKind.Draft);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        _plan = plan;
        _current = await plans.CurrentAsync(plan, cancellationToken);
        HasContent = _current.Sections.Count > 0;
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        CanOverride = HttpContext.ChildPermissions().CanOverrideQualityCheck;
        var issued = _current.Versions.Select(v => v.Kind).ToList();
        Kinds = [.. PlanVersion.NextKinds(issued).Select(k => (k.ToString(), Describe(k, issued)))];
        return null;
    }

    private static string Describe(PlanVersionKind kind, List<PlanVersionKind> issued)
    {
        var label = PlanVersion.LabelFor(kind, issued.Count(k => k == kind) + 1);
        return kind switch
        {
            PlanVersionKind.Draft => $"{label}: the family has at least 15 days to comment and say which school or college they prefer",
            PlanVersionKind.Final => $"{label}: the family can appeal to the SEND Tribunal",
            PlanVersionKind.AmendmentDraft => $"{label}: a notice of the changes proposed after a review; the family has 15 days to respond",
            _ => $"{label}: the plan with the amendments made",
        };
    }
}
