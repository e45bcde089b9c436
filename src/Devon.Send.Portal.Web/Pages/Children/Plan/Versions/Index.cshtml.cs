using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Versions;

/// <summary>
/// A plan exactly as one version was issued, or as it is now (the working copy), on screen or for printing.
/// Both views read the same snapshot; the print view is the same content with a version stamp on every page.
/// </summary>
public sealed class IndexModel(PlanStore plans, DraftFeedback feedback) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    /// <summary>The version's number; none for the plan as it is now.</summary>
    [FromRoute]
    public int? Number { get; set; }

    public bool Print { get; private set; }
    public string ChildName { get; private set; } = "";
    public DateOnly ChildDateOfBirth { get; private set; }
    public PlanSnapshot Plan { get; private set; } = null!;
    public DateTimeOffset PrintedAt { get; private set; }

    /// <summary>The issued version as comments and responses see it; null for the plan as it is now.</summary>
    public DraftVersion? Draft { get; private set; }

    /// <summary>The version's comments by section, oldest first.</summary>
    public ILookup<string, CommentView> Comments { get; private set; } = Array.Empty<CommentView>().ToLookup(c => c.SectionCode);

    public bool CanRespond { get; private set; }
    public bool CanManage { get; private set; }

    /// <summary>The last issued version when the plan as it is now has not changed since it: then the two are the same plan.</summary>
    public VersionSummary? SameAsIssued => Plan.Version is null && !Plan.HasUnissuedChanges ? Plan.LastIssuedVersion : null;

    public string Label => Plan.Version?.Label
        ?? (SameAsIssued is { } issued ? $"The plan as it is now, the same as {issued.Label}" : "Working draft (not issued)");

    /// <summary>What every printed page carries, so a loose page can be traced to the version it comes from, and says truly whether it was issued.</summary>
    public string Stamp => (Plan.Version ?? SameAsIssued) switch
    {
        { } v when Plan.Version is not null => $"Education, Health and Care plan for {ChildName} · {v.Label} · issued {v.IssuedAt.ToUkDate()} by {v.IssuedByName}, {v.IssuedByRoleName} · fingerprint {v.Hash[..16]}",
        { } v => $"Education, Health and Care plan for {ChildName} · the same as {v.Label}, issued {v.IssuedAt.ToUkDate()} by {v.IssuedByName}, {v.IssuedByRoleName} · fingerprint {v.Hash[..16]} · printed {PrintedAt.ToUkDateTime()}",
        _ => $"Education, Health and Care plan for {ChildName} · {Label} · printed {PrintedAt.ToUkDateTime()}: not an issued plan",
    };

    public async Task<IActionResult> OnGetAsync([FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        Print = HttpContext.Request.Path.Value?.EndsWith("/print", StringComparison.Ordinal) == true;
        if (await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        var snapshot = Number is { } n ? await plans.VersionAsync(plan, n, cancellationToken) : await plans.CurrentAsync(plan, cancellationToken);
        if (snapshot is null)
        {
            return NotFound();
        }

        Plan = snapshot;
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        PrintedAt = clock.GetUtcNow();
        if (Number is { } number && !Print && await feedback.VersionAsync(ChildId, number, cancellationToken) is { } draft)
        {
            Draft = draft;
            Comments = (await feedback.CommentsAsync(draft.Id, cancellationToken: cancellationToken)).ToLookup(c => c.SectionCode);
            CanRespond = draft.OpenForResponses && HttpContext.ChildPermissions().CanRespondToDraft;
            CanManage = HttpContext.ChildPermissions().CanManage;
        }

        return Page();
    }
}
