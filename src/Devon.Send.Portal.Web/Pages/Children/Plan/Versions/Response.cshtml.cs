using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Versions;

/// <summary>
/// The family's response to a draft plan (s38, Reg 13, CoP 9.77), due 15 days after it was issued; a later one is
/// accepted and marked late. The family may change it until the final plan is issued; every version sent is kept.
/// </summary>
public sealed class ResponseModel(PlanStore plans, DraftFeedback feedback) : PageModel
{
    public const int MaxSettingName = 200;

    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public string? Agrees { get; set; }

    /// <summary>The changes asked for, one per section in the order of <see cref="PlanSections.All"/>.</summary>
    [BindProperty]
    public List<string?> Changes { get; set; } = [];

    [BindProperty]
    public string? PreferredSettingName { get; set; }

    [BindProperty]
    public string? PreferredSettingType { get; set; }

    [BindProperty]
    public string? WantsMeeting { get; set; }

    [BindProperty]
    public string? WantsPersonalBudget { get; set; }

    /// <summary>The response the form was made from; 0 for the first.</summary>
    [BindProperty]
    public int BaseNumber { get; set; }

    public string ChildName { get; private set; } = "";
    public DraftVersion Version { get; private set; } = null!;
    public ResponseView? Latest { get; private set; }

    public static readonly IReadOnlyList<(string Value, string Label)> YesNo = [("yes", "Yes"), ("no", "No")];

    public static readonly IReadOnlyList<(string Value, string Label)> AgreeChoices =
        [("yes", "Yes, I agree with the draft plan"), ("no", "No, I would like some changes")];

    public string VersionUrl => $"/children/{ChildId}/plan/versions/{Number}";

    /// <summary>What the family responds to: the draft plan, or proposed amendments after an annual review.</summary>
    public string What => Version.Kind == PlanVersionKind.AmendmentDraft ? "the proposed amendments" : "the draft plan";

    public string WhatCapitalised => string.Concat(What[..1].ToUpperInvariant(), What[1..]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Latest is { } latest)
        {
            var answers = latest.Answers;
            Agrees = answers.AgreesWithDraft ? "yes" : "no";
            Changes = [.. PlanSections.Codes.Select(c => answers.Changes.GetValueOrDefault(c))];
            PreferredSettingName = answers.PreferredSettingName;
            PreferredSettingType = answers.PreferredSettingType;
            WantsMeeting = answers.WantsMeeting ? "yes" : "no";
            WantsPersonalBudget = answers.WantsPersonalBudget ? "yes" : "no";
            BaseNumber = latest.Number;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Version.OpenForResponses)
        {
            ModelState.AddModelError(string.Empty, $"{Version.Label} can no longer be responded to: a newer version of the plan has been issued");
            return Page();
        }

        if (Validate() is not { } answers)
        {
            return Page();
        }

        switch (await feedback.SubmitResponseAsync(Version, BaseNumber, answers, Author.Of(User), cancellationToken))
        {
            case ResponseResult.Submitted { Response: var sent }:
                TempData["Success"] = sent.Late
                    ? $"Your response has been sent. It arrived after the due date of {sent.DueOn.ToUkDate()}, but it has been accepted and your caseworker will see it"
                    : "Your response has been sent to your SEND caseworker";
                return Redirect($"{VersionUrl}/response");
            case ResponseResult.AlreadySent { Latest: var latest }:
                Latest = latest;
                ModelState.AddModelError(string.Empty,
                    $"A response to {Version.Label.ToLowerInvariant()} was already sent at {latest.SubmittedAt.ToUkDateTime()}, so this one has not been sent. Your answers are still below: check them and send them again to change the response");
                BaseNumber = latest.Number;
                ModelState.Remove(nameof(BaseNumber));
                return Page();
            default:
                ModelState.AddModelError(string.Empty, $"{Version.Label} can no longer be responded to: a newer version of the plan has been issued");
                return Page();
        }
    }

    private ResponseAnswers? Validate()
    {
        // Every answer is checked here, so the error summary lists them in the order of the page (what was typed is on the model).
        ModelState.Clear();
        while (Changes.Count < PlanSections.Codes.Count)
        {
            Changes.Add(null);
        }

        if (Agrees is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Agrees), $"Select whether you agree with {What}");
        }

        var changes = new Dictionary<string, string>();
        for (var i = 0; i < PlanSections.Codes.Count; i++)
        {
            var text = Changes[i]?.Trim();
            if (text?.Length > DraftResponseChanges.MaxLength)
            {
                ModelState.AddModelError($"{nameof(Changes)}[{i}]", $"What you would like changed in section {PlanSections.Codes[i]} must be 5,000 characters or fewer");
            }
            else if (!string.IsNullOrEmpty(text))
            {
                changes[PlanSections.Codes[i]] = text;
            }
        }

        if (Agrees == "no" && changes.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Changes)}[0]", "Tell us what you would like changed in at least one section");
        }

        if (string.IsNullOrWhiteSpace(PreferredSettingName))
        {
            ModelState.AddModelError(nameof(PreferredSettingName), "Enter the name of the school or college you would prefer");
        }
        else if (PreferredSettingName.Trim().Length > MaxSettingName)
        {
            ModelState.AddModelError(nameof(PreferredSettingName), "The name of the school or college must be 200 characters or fewer");
        }

        if (!SettingTypes.All.Any(t => t.Value == PreferredSettingType))
        {
            ModelState.AddModelError(nameof(PreferredSettingType), "Select the type of school or college");
        }

        if (WantsMeeting is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(WantsMeeting), "Select whether you would like a meeting with your caseworker");
        }

        if (WantsPersonalBudget is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(WantsPersonalBudget), "Select whether you would like a personal budget");
        }

        return ModelState.IsValid
            ? new ResponseAnswers(Agrees == "yes", changes, PreferredSettingName!.Trim(), PreferredSettingType!, WantsMeeting == "yes", WantsPersonalBudget == "yes")
            : null;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await feedback.VersionAsync(ChildId, Number, cancellationToken) is not { Kind: PlanVersionKind.Draft or PlanVersionKind.AmendmentDraft } version)
        {
            return NotFound();
        }

        Version = version;
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        var responses = await feedback.ResponsesAsync(version.Id, cancellationToken);
        Latest = responses.Count > 0 ? responses[0] : null;
        while (Changes.Count < PlanSections.Codes.Count)
        {
            Changes.Add(null);
        }

        return null;
    }
}
