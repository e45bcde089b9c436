using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan;

/// <summary>
/// Issues the plan as it is now as the next version: a draft, the final plan, proposed amendments or an amended
/// plan. The quality check runs again first; with open findings only a team manager may issue, giving a reason.
/// </summary>
public sealed class IssueModel(PlanStore plans, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> ServiceMethods =
    [
        (nameof(ServiceMethod.Email), "By email: it reaches the family today"),
        (nameof(ServiceMethod.Post), "By first class post: it reaches the family on the second working day after posting"),
        (nameof(ServiceMethod.ByHand), "By hand: it reaches the family on the day it is handed to them"),
    ];

    /// <summary>How far ahead a letter may be posted or handed over after the version is issued.</summary>
    public const int MaxDaysToSend = 7;
    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "The reason must be 1,000 characters or fewer")]
    [Display(Name = "Why should it be issued with these findings open?")]
    public string? OverrideReason { get; set; }

    [BindProperty]
    public string? ServedBy { get; set; }

    [BindProperty]
    public DateInput SentOn { get; set; } = new();

    [BindProperty]
    public DateInput LaterRespondBy { get; set; } = new();

    /// <summary>The family's last day if it is emailed today, and if it is posted today, for the page to say.</summary>
    public DateOnly ByEmailToday { get; private set; }

    public DateOnly ByPostToday { get; private set; }

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
        ServedBy = nameof(ServiceMethod.Email);
        SentOn = DateInput.From(clock.UkToday());
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

        var service = PlanVersion.AsksFamilyToRespond(kind) ? ServiceFromForm() : null;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var version = await plans.IssueAsync(_plan, kind, Author.Of(User), Findings.Count, Findings.Count > 0 ? OverrideReason : null, service: service, cancellationToken: cancellationToken);
        if (version is null)
        {
            ModelState.AddModelError(nameof(Kind), "Someone else issued this plan a moment ago. Check the plan's history before issuing it again");
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = version.RespondBy is { } respondBy
            ? $"{version.Label} has been issued. The family has until {respondBy.ToUkDate()} to respond"
            : $"{version.Label} has been issued";
        return Redirect($"/children/{ChildId}/plan/versions/{version.Number}");
    }

    /// <summary>How and when a draft or proposed amendments reach the family, with errors in the model state.</summary>
    private ServiceOnFamily? ServiceFromForm()
    {
        var today = clock.UkToday();
        if (!Enum.TryParse<ServiceMethod>(ServedBy, out var method) || !Enum.IsDefined(method))
        {
            ModelState.AddModelError(nameof(ServedBy), "Select how it is sent to the family");
        }

        var sent = SentOn.Validate(ModelState, nameof(SentOn), "the date it is sent");
        if (sent is { } s && (s < today || s > today.AddDays(MaxDaysToSend)))
        {
            ModelState.AddModelError(nameof(SentOn), $"The date it is sent must be today or within the next {MaxDaysToSend} days");
            sent = null;
        }

        var later = LaterRespondBy.IsEmpty ? null : LaterRespondBy.Validate(ModelState, nameof(LaterRespondBy), "the date to respond by");
        if (sent is null || !Enum.IsDefined(method))
        {
            return null;
        }

        var service = new ServiceOnFamily(method, sent.Value, later);
        if (service.LaterRespondByProblem is { } problem)
        {
            ModelState.AddModelError(nameof(LaterRespondBy), problem);
            return null;
        }

        return service;
    }

    private async Task<IReadOnlyList<QualityFinding>> FindingsAsync(PlanVersionKind kind, CancellationToken cancellationToken) =>
        PlanQuality.Check(_current.Contents, await plans.FamilyContributedToAAsync(_plan.Id, cancellationToken), forFinal: kind != PlanVersionKind.Draft);

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        if (await plans.TransferredOutAsync(ChildId, cancellationToken) is not null)
        {
            // Another council maintains the plan now (Reg 15(3)): the plan page says which.
            return Redirect($"/children/{ChildId}/plan");
        }

        _plan = plan;
        _current = await plans.CurrentAsync(plan, cancellationToken);
        HasContent = _current.Sections.Count > 0;
        ByEmailToday = new ServiceOnFamily(ServiceMethod.Email, clock.UkToday()).RespondBy;
        ByPostToday = new ServiceOnFamily(ServiceMethod.Post, clock.UkToday()).RespondBy;
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
            PlanVersionKind.Draft => $"{label}: the family has at least 15 days, from the day it reaches them, to comment and say which school or college they prefer",
            PlanVersionKind.Final => $"{label}: the family can appeal to the SEND Tribunal",
            PlanVersionKind.AmendmentDraft => $"{label}: a notice of the changes proposed after a review; the family has at least 15 days, from the day it reaches them, to respond",
            _ => $"{label}: the plan with the amendments made",
        };
    }
}
