using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Sections;

/// <summary>
/// Changes one section of a plan. Every save appends a revision with a reason; a save made from a revision
/// that is no longer the latest is refused and shown beside the newer text, with the person's own text kept.
/// </summary>
public sealed class EditModel(PlanStore plans, PlanPresence presence, SectionDrafts drafts, IOptions<CouncilTargets> targets) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute(Name = "section")]
    public string Code { get; set; } = "";

    [BindProperty]
    public SectionForm Form { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Say why you are making this change")]
    [StringLength(500, ErrorMessage = "The reason must be 500 characters or fewer")]
    [Display(Name = "Why are you making this change?")]
    public string? Reason { get; set; }

    /// <summary>The revision the person started from; 0 for a section with none.</summary>
    [BindProperty]
    public int BaseRevision { get; set; }

    public string ChildName { get; private set; } = "";
    public string SectionCode => Code.ToUpperInvariant();
    public SectionKind Kind => PlanSections.KindOf(SectionCode);
    public IReadOnlyList<(string Id, string Label)> NeedOptions { get; private set; } = [];
    public IReadOnlyList<(string Id, string Label)> OutcomeOptions { get; private set; } = [];

    /// <summary>Set when the section changed while the person was editing it.</summary>
    public RevisionView? Newer { get; private set; }

    public IReadOnlyList<DiffSegment> NewerToYours { get; private set; } = [];

    /// <summary>Others editing this section now, so the person knows before they start.</summary>
    public IReadOnlyList<PresentPerson> OthersEditing { get; private set; } = [];

    /// <summary>Section A is a long form: what is typed is saved as a draft as the person goes, and restored when they come back.</summary>
    public bool Autosaves => Kind == SectionKind.Views;

    /// <summary>A parent or the young person writing section A: the headings are asked as questions, in plain English.</summary>
    public bool GuidedForFamily => Kind == SectionKind.Views && PortalRoles.Families.Any(User.IsInRole);

    /// <summary>A parent or the young person: asked about their change in their own terms, not the caseworker's.</summary>
    public bool FamilyWriting => PortalRoles.Families.Any(User.IsInRole);

    /// <summary>The wording of the question about the change: its history shows the answer to everyone who can see the plan.</summary>
    public (string Label, string Hint) ReasonWords => FamilyWriting
        ? ("What have you changed, and why?", "Everyone who can see the plan can read this in its history. For example, added what I enjoy doing at weekends")
        : ("Why are you making this change?", "Everyone who can see the plan sees this in its history. For example, added the speech and language therapist's advice");

    /// <summary>When the draft shown in the form was saved, if the form was restored from one.</summary>
    public DateTimeOffset? RestoredFrom { get; private set; }

    /// <summary>How easy the section as saved is to read, for its writer; families write only section A and are not shown it.</summary>
    public ReadabilityResult? ReadingCheck { get; private set; }

    public int ReadingAgeTarget => targets.Value.ReadingAge;

    private EhcPlan _plan = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var current = (await plans.CurrentAsync(_plan, cancellationToken)).Sections.GetValueOrDefault(SectionCode);
        Form = SectionForm.From(current?.Content ?? SectionContent.Empty);
        BaseRevision = current?.Number ?? 0;
        if (!PortalRoles.Families.Any(User.IsInRole))
        {
            ReadingCheck = Readability.Of(current?.Content ?? SectionContent.Empty);
        }

        if (Autosaves && await drafts.GetAsync(_plan.Id, SectionCode, User.UserId()!, cancellationToken) is { } draft)
        {
            // The draft keeps the revision it was started from, so a change made meanwhile is still shown as a conflict on saving.
            Form = SectionForm.From(draft.Content);
            Reason = draft.Reason;
            BaseRevision = draft.BaseRevision;
            RestoredFrom = draft.SavedAt;
        }
        if (Form.Needs.Count + Form.Outcomes.Count + Form.Provision.Count == 0)
        {
            AddItem();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var content = Form.Validate(SectionCode, ModelState, nameof(Form), NeedOptions.Select(n => n.Id).ToHashSet(), OutcomeOptions.Select(o => o.Id).ToHashSet());
        if (FamilyWriting && string.IsNullOrWhiteSpace(Reason) && ModelState[nameof(Reason)] is { } reason)
        {
            // The error repeats the family's own question, not the caseworker's.
            reason.Errors.Clear();
            ModelState.AddModelError(nameof(Reason), "Say what you have changed and why");
        }

        if (!ModelState.IsValid || content is null)
        {
            return Page();
        }

        switch (await plans.SaveAsync(_plan, SectionCode, BaseRevision, content, Reason!, Author.Of(User), cancellationToken: cancellationToken))
        {
            case SaveResult.Conflict conflict:
                Newer = conflict.Current;
                NewerToYours = WordDiff.Compare(conflict.Current.Content.ToComparableText(SectionCode), content.ToComparableText(SectionCode));
                // Saving again replaces the newer text with theirs, so they merge here first.
                BaseRevision = conflict.Current.Number;
                ModelState.Remove(nameof(BaseRevision));
                return Page();
            case SaveResult.Unchanged:
                ModelState.AddModelError(string.Empty, "You have not changed anything in this section. Make a change, or go back to the plan");
                return Page();
            default:
                if (Autosaves)
                {
                    await drafts.RemoveAsync(_plan.Id, SectionCode, User.UserId()!, cancellationToken);
                }

                TempData["Success"] = $"Section {SectionCode} has been saved";
                return Redirect($"/children/{ChildId}/plan#section-{SectionCode.ToLowerInvariant()}");
        }
    }

    /// <summary>What the page's script posts every so often and on leaving a field: the form as typed, saved as a draft.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Autosaves)
        {
            return NotFound();
        }

        if (await SaveDraftAsync(cancellationToken) is not { } savedAt)
        {
            return BadRequest();
        }

        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { savedAt = UkDates.ToUkClockTime(savedAt) });
    }

    /// <summary>"Save and come back later", with or without JavaScript: the answers are kept as a draft, not yet part of the plan.</summary>
    public async Task<IActionResult> OnPostSaveForLaterAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Autosaves)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (await SaveDraftAsync(cancellationToken) is null)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(SectionForm.AboutMe)}", $"Each answer must be {SectionContent.MaxTextLength:N0} characters or fewer to be saved");
            return Page();
        }

        TempData["Success"] = $"Your answers to section {SectionCode} have been saved. They are not part of the plan until you come back and save the section";
        return Redirect($"/children/{ChildId}/plan#section-{SectionCode.ToLowerInvariant()}");
    }

    private async Task<DateTimeOffset?> SaveDraftAsync(CancellationToken cancellationToken)
    {
        var texts = new[] { Form.AboutMe, Form.ImportantToMe, Form.HowToSupportMe, Form.Hopes };
        if (texts.Any(t => t?.Length > SectionContent.MaxTextLength) || Form.WrittenWith?.Length > SectionContent.MaxShortTextLength || Reason?.Length > 500)
        {
            return null;
        }

        var content = new SectionContent { Views = new FamilyViews(Form.AboutMe, Form.ImportantToMe, Form.HowToSupportMe, Form.Hopes, Form.WrittenWith) };
        return await drafts.SaveAsync(_plan.Id, SectionCode, User.UserId()!, content, Reason, BaseRevision, cancellationToken);
    }

    /// <summary>"Add another" without JavaScript: the form comes back with one more empty item and everything typed kept.</summary>
    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        AddItem();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int index, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        switch (Kind)
        {
            case SectionKind.Needs when index >= 0 && index < Form.Needs.Count:
                Form.Needs.RemoveAt(index);
                break;
            case SectionKind.Outcomes when index >= 0 && index < Form.Outcomes.Count:
                Form.Outcomes.RemoveAt(index);
                break;
            case SectionKind.Provision when index >= 0 && index < Form.Provision.Count:
                Form.Provision.RemoveAt(index);
                break;
        }

        return Page();
    }

    public LinkChoices OutcomeNeeds(int i) => new(NeedOptions, Form.Outcomes[i].NeedIds, $"Form.Outcomes[{i}].NeedIds",
        $"Which needs does outcome {SectionForm.Label(Form.Outcomes[i].Id, i)} address?", "There are no needs in sections B, C and D yet.");

    public LinkChoices ProvisionNeeds(int i) => new(NeedOptions, Form.Provision[i].NeedIds, $"Form.Provision[{i}].NeedIds",
        $"Which needs does provision {SectionForm.Label(Form.Provision[i].Id, i)} meet?", "There are no needs in sections B, C and D yet.");

    public LinkChoices ProvisionOutcomes(int i) => new(OutcomeOptions, Form.Provision[i].OutcomeIds, $"Form.Provision[{i}].OutcomeIds",
        $"Which outcomes does provision {SectionForm.Label(Form.Provision[i].Id, i)} work towards?", "There are no outcomes in section E yet.");

    private void AddItem()
    {
        switch (Kind)
        {
            case SectionKind.Needs when Form.Needs.Count < SectionContent.MaxItems:
                Form.Needs.Add(new());
                break;
            case SectionKind.Outcomes when Form.Outcomes.Count < SectionContent.MaxItems:
                Form.Outcomes.Add(new());
                break;
            case SectionKind.Provision when Form.Provision.Count < SectionContent.MaxItems:
                Form.Provision.Add(new());
                break;
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!PlanSections.IsCode(SectionCode) || Code.Any(char.IsUpper))
        {
            return NotFound();
        }

        if (!HttpContext.ChildPermissions().CanWrite(SectionCode))
        {
            return Forbid();
        }

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
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        OthersEditing = presence.EditorsOf(ChildId, SectionCode, User.UserId());
        if (Kind is SectionKind.Outcomes or SectionKind.Provision)
        {
            var current = await plans.CurrentAsync(plan, cancellationToken);
            NeedOptions = [.. PlanSections.NeedsCodes.SelectMany(c => current.ContentOf(c).Needs).Select(n => (n.Id, $"{n.Id}: {Excerpt(n.Text)}"))];
            OutcomeOptions = [.. current.ContentOf("E").Outcomes.Select(o => (o.Id, $"{o.Id}: {Excerpt(o.Text)}"))];
        }

        return null;
    }

    private static string Excerpt(string text)
    {
        var plain = text.ReplaceLineEndings(" ").Trim();
        return plain.Length <= 90 ? plain : plain[..90].TrimEnd() + "…";
    }
}

/// <summary>Checkboxes that link an item to the needs or outcomes it serves.</summary>
public sealed record LinkChoices(IReadOnlyList<(string Id, string Label)> Options, List<string> Selected, string Name, string Legend, string Empty);
