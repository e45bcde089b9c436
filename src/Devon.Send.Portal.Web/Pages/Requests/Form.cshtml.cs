using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Requests;

/// <summary>
/// One step of the request form. Every Continue saves what was entered, so the request can be left and finished
/// later; "Save and come back later" saves without checking the answers.
/// </summary>
public sealed class FormModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromRoute]
    public string Step { get; set; } = "";

    [BindProperty]
    public string? ChildGivenName { get; set; }

    [BindProperty]
    public string? ChildFamilyName { get; set; }

    [BindProperty]
    public DateInput ChildDateOfBirth { get; set; } = new();

    [BindProperty]
    public string? Relationship { get; set; }

    [BindProperty]
    public string? SettingName { get; set; }

    [BindProperty]
    public List<string> FamilyKnows { get; set; } = [];

    [BindProperty]
    public string? Needs { get; set; }

    [BindProperty]
    public string? SupportSoFar { get; set; }

    [BindProperty]
    public string? HopedDifference { get; set; }

    [BindProperty]
    public string? ChildViews { get; set; }

    [BindProperty]
    public List<string> Declaration { get; set; } = [];

    public RequesterKind MadeBy { get; private set; }
    public bool AsksRelationship { get; private set; }
    public int StepNumber => RequestForm.Steps.ToList().IndexOf(Step) + 1;
    public string BackLink => StepNumber <= 1 ? "/requests" : $"/requests/{Id}/{RequestForm.Steps[StepNumber - 2]}";

    public static readonly IReadOnlyList<(string Value, string Label)> FamilyKnowsOption = [("Yes", "The child's parents, or the young person, know about this request")];
    public static readonly IReadOnlyList<(string Value, string Label)> DeclarationOption = [("Yes", "The information I have given is correct to the best of my knowledge")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var request = await LoadAsync(cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (request.SubmittedAt is not null)
        {
            return Redirect($"/requests/{Id}/sent");
        }

        ChildGivenName = request.ChildGivenName;
        ChildFamilyName = request.ChildFamilyName;
        ChildDateOfBirth = request.ChildDateOfBirth is { } born ? DateInput.From(born) : new();
        Relationship = request.Relationship;
        SettingName = request.SettingName;
        FamilyKnows = request.FamilyKnows ? ["Yes"] : [];
        Needs = request.Needs;
        SupportSoFar = request.SupportSoFar;
        HopedDifference = request.HopedDifference;
        ChildViews = request.ChildViews;
        Declaration = request.Declaration ? ["Yes"] : [];
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(check: true, autosave: false, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => SaveAsync(check: false, autosave: false, cancellationToken);

    /// <summary>The page's script saves the answers as they are typed; it is told when, or 409 once the request has been sent.</summary>
    public Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken) => SaveAsync(check: false, autosave: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool check, bool autosave, CancellationToken cancellationToken)
    {
        var request = await LoadAsync(cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (request.SubmittedAt is not null)
        {
            return autosave ? StatusCode(StatusCodes.Status409Conflict) : Redirect($"/requests/{Id}/sent");
        }

        var today = clock.UkToday();
        switch (Step)
        {
            case "child":
                Text(nameof(ChildGivenName), ChildGivenName, "their first name", AssessmentRequest.NameMaxLength, required: check);
                Text(nameof(ChildFamilyName), ChildFamilyName, "their last name", AssessmentRequest.NameMaxLength, required: check);
                Text(nameof(SettingName), SettingName, "the name of their nursery, school or college", AssessmentRequest.SettingMaxLength, required: false);
                request.ChildGivenName = Clean(ChildGivenName, AssessmentRequest.NameMaxLength);
                request.ChildFamilyName = Clean(ChildFamilyName, AssessmentRequest.NameMaxLength);
                request.SettingName = Clean(SettingName, AssessmentRequest.SettingMaxLength);
                var anyDate = !string.IsNullOrWhiteSpace(ChildDateOfBirth.Day) || !string.IsNullOrWhiteSpace(ChildDateOfBirth.Month) || !string.IsNullOrWhiteSpace(ChildDateOfBirth.Year);
                if (check || anyDate)
                {
                    var born = ChildDateOfBirth.Validate(ModelState, nameof(ChildDateOfBirth), "their date of birth");
                    if (born is { } b && RequestForm.DateOfBirthProblem(b, today) is { } problem)
                    {
                        ModelState.AddModelError(nameof(ChildDateOfBirth), problem);
                    }
                    else if (born is not null)
                    {
                        request.ChildDateOfBirth = born;
                    }
                }

                if (AsksRelationship)
                {
                    if (Relationship is not null && RequestForm.Relationships.All(r => r.Value != Relationship))
                    {
                        ModelState.AddModelError(nameof(Relationship), "Select who you are to the child or young person");
                    }
                    else if (Relationship is null && check)
                    {
                        ModelState.AddModelError(nameof(Relationship), "Select who you are to the child or young person");
                    }
                    else
                    {
                        request.Relationship = Relationship;
                    }
                }

                if (MadeBy == RequesterKind.SchoolOrSetting)
                {
                    request.FamilyKnows = FamilyKnows.Contains("Yes");
                    if (check && !request.FamilyKnows)
                    {
                        ModelState.AddModelError(nameof(FamilyKnows), "Tell the child's parents, or the young person, before you ask for an assessment");
                    }
                }

                break;
            case "needs":
                Text(nameof(Needs), Needs, "what their needs are", AssessmentRequest.TextMaxLength, required: check);
                Text(nameof(SupportSoFar), SupportSoFar, "the help they have had so far", AssessmentRequest.TextMaxLength, required: check);
                Text(nameof(HopedDifference), HopedDifference, "what difference you hope an assessment will make", AssessmentRequest.TextMaxLength, required: false);
                request.Needs = Clean(Needs);
                request.SupportSoFar = Clean(SupportSoFar);
                request.HopedDifference = Clean(HopedDifference);
                break;
            default:
                Text(nameof(ChildViews), ChildViews, "their views", AssessmentRequest.TextMaxLength, required: false);
                request.ChildViews = Clean(ChildViews);
                request.Declaration = Declaration.Contains("Yes");
                if (check && !request.Declaration)
                {
                    ModelState.AddModelError(nameof(Declaration), "Confirm that the information you have given is correct");
                }

                break;
        }

        // What can be kept is kept even when other answers need correcting: nothing typed is lost.
        request.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        if (autosave)
        {
            return new JsonResult(new { savedAt = request.UpdatedAt.ToUkClockTime() });
        }

        if (!check)
        {
            TempData["Success"] = "Your answers have been saved. You can come back to your request from the ‘Ask for an assessment’ page";
            return Redirect("/requests");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return Redirect(StepNumber < RequestForm.Steps.Count ? $"/requests/{Id}/{RequestForm.Steps[StepNumber]}" : $"/requests/{Id}/check");
    }

    private async Task<AssessmentRequest?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!RequestForm.Steps.Contains(Step))
        {
            return null;
        }

        var request = await RequestForm.FindDraftAsync(db, Id, User, cancellationToken);
        if (request is not null)
        {
            MadeBy = request.MadeBy;
            AsksRelationship = MadeBy == RequesterKind.Parent;
        }

        return request;
    }

    private void Text(string key, string? value, string what, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, $"Enter {what}");
        }
        else if (value is not null && value.Trim().Length > max)
        {
            ModelState.AddModelError(key, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {max:N0} characters or fewer");
        }
    }

    // Too long is reported and kept on the page, but only what fits is saved.
    private static string? Clean(string? value, int max = AssessmentRequest.TextMaxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var t && t.Length > max ? t[..max] : value.Trim();
}
