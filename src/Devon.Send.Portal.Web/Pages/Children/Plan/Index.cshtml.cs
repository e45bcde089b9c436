using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Children.Plan;

/// <summary>A child's EHC plan as it stands: every section, what changed, and the quality check.</summary>
public sealed class IndexModel(PlanStore plans, DraftFeedback feedback, Cease.PlanCessations cessations, TimeProvider clock, IOptions<CouncilTargets> targets) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public PlanSnapshot? Plan { get; private set; }
    public IReadOnlyList<PlanSectionState> Sections { get; private set; } = [];
    public IReadOnlyList<QualityFinding> Findings { get; private set; } = [];

    /// <summary>The council's staff read the quality check; families and professionals read which sections are still being completed.</summary>
    public bool ForStaff => PortalRoles.CouncilStaff.Any(User.IsInRole);

    public IReadOnlyList<string> StillCompleting { get; private set; } = [];
    public bool CanManage { get; private set; }

    /// <summary>The latest issued version while it takes comments, and whether this person responds to it for the family.</summary>
    public DraftVersion? OpenDraft { get; private set; }

    public int OpenDraftComments { get; private set; }
    public bool CanRespond { get; private set; }

    /// <summary>Set once the plan has gone to another council, which maintains it now.</summary>
    public PlanTransferredOut? TransferredOut { get; private set; }

    public string BaseUrl => $"/children/{ChildId}/plan";

    /// <summary>The latest proposal to stop maintaining the plan, if there is one, and whether a new one may be made.</summary>
    public PlanCessation? Cessation { get; private set; }

    /// <summary>The family's appeal against the latest decision, which holds a decision to cease until it is decided.</summary>
    public TribunalAppeal? CessationAppeal { get; private set; }

    public bool MayProposeCessation { get; private set; }

    /// <summary>Each written section's reading age, for the people who write the plan; families are not shown it.</summary>
    public IReadOnlyList<(string Code, ReadabilityResult Result, bool CanWrite)> ReadingAges { get; private set; } = [];

    public int ReadingAgeTarget => targets.Value.ReadingAge;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        TransferredOut = await plans.TransferredOutAsync(ChildId, cancellationToken);
        CanManage = HttpContext.ChildPermissions().CanManage;
        await LoadAsync(PlanSections.Codes, markSeen: true, cancellationToken);
        Today = clock.UkToday();
        if (!PortalRoles.Families.Any(User.IsInRole))
        {
            ReadingAges = [.. Sections.Where(s => s.Revision is not null)
                .Select(s => (s.Code, Readability.Of(s.Revision!.Content), s.CanWrite))
                .Where(r => !r.Item2.IsEmpty)];
        }

        if ((await cessations.CaseOfAsync(ChildId, cancellationToken)).Ceased is { } ceased)
        {
            Cessation = ceased.Current;
            CessationAppeal = ceased.Case.CurrentAppeal;
            MayProposeCessation = ceased.Case.MayProposeCessation;
        }

        if (Plan is not null && await feedback.LatestAsync(ChildId, cancellationToken) is { OpenForComments: true } draft)
        {
            OpenDraft = draft;
            OpenDraftComments = (await feedback.CommentCountsAsync(draft.Id, cancellationToken)).Values.Sum();
            CanRespond = draft.OpenForResponses && HttpContext.ChildPermissions().CanRespondToDraft;
        }

        return Page();
    }

    /// <summary>The part a live update asked for: a section code, STATUS or VERSIONS.</summary>
    public string Part { get; private set; } = "";

    /// <summary>
    /// One part of the page as it is now, for a live update: a section (<c>?handler=Part&amp;part=b</c>), the plan's
    /// status and quality check (<c>part=status</c>) or its issued versions (<c>part=versions</c>). The same components
    /// render it as render the whole page.
    /// </summary>
    public async Task<IActionResult> OnGetPartAsync(string? part, CancellationToken cancellationToken)
    {
        var code = Part = part?.ToUpperInvariant() ?? "";
        var isSection = PlanSections.IsCode(code);
        if (!isSection && code is not ("STATUS" or "VERSIONS"))
        {
            return NotFound();
        }

        await LoadAsync(isSection ? [code] : [], markSeen: false, cancellationToken);
        if (Plan is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return Partial("_PlanPart", this);
    }

    private async Task LoadAsync(IReadOnlyList<string> codes, bool markSeen, CancellationToken cancellationToken)
    {
        if (await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return;
        }

        Plan = await plans.CurrentAsync(plan, cancellationToken);
        Findings = PlanQuality.Check(Plan.Contents, await plans.FamilyContributedToAAsync(plan.Id, cancellationToken), forFinal: Plan.Versions.Count > 0);
        if (!ForStaff)
        {
            // A final plan as issued is complete as far as the reader is concerned; its findings are the council's to act on.
            var beingWritten = Plan.LastIssuedVersion is not { IsFinal: true } || Plan.HasUnissuedChanges;
            StillCompleting = beingWritten ? PlanQuality.StillCompleting(Findings) : [];
            Findings = [];
        }

        var writable = HttpContext.ChildPermissions().WritableSections;
        var userId = User.UserId()!;
        var lastSeen = markSeen ? await plans.MarkSeenAsync(plan.Id, userId, cancellationToken) : await plans.LastSeenAsync(plan.Id, userId, cancellationToken);
        var since = Plan.LastIssuedVersion?.Label;
        Sections = [.. codes.Select(code =>
        {
            var revision = Plan.Sections.GetValueOrDefault(code);
            return new PlanSectionState(
                code,
                revision,
                Plan.ChangedSinceIssue(code) ? since : null,
                revision is not null && lastSeen is { } seen && revision.CreatedAt > seen && revision.AuthorId != userId,
                Findings.Count(f => f.SectionCode == code),
                writable.Contains(code),
                BaseUrl);
        })];
    }

    /// <summary>A caseworker starts the plan; its sections are then written by everyone involved.</summary>
    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        if (!HttpContext.ChildPermissions().CanManage)
        {
            return Forbid();
        }

        await plans.StartAsync(ChildId, Author.Of(User), cancellationToken: cancellationToken);
        TempData["Success"] = "The plan has been started. Everyone involved can now write the sections they are responsible for";
        return Redirect(BaseUrl);
    }
}
