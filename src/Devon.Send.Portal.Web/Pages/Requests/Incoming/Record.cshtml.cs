using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Pages.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Requests.Incoming;

/// <summary>A caseworker records a request for an assessment that came by letter, email or phone; the case is theirs.</summary>
public sealed class RecordModel(AssessmentRequests requests, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Requesters =
    [
        (nameof(RequesterKind.Parent), "A parent or carer"),
        (nameof(RequesterKind.YoungPerson), "The young person"),
        (nameof(RequesterKind.SchoolOrSetting), "Their nursery, school or college"),
        (nameof(RequesterKind.Other), "Someone else, such as a health visitor or doctor"),
    ];

    [BindProperty]
    [Required(ErrorMessage = "Enter their first name")]
    [StringLength(AssessmentRequest.NameMaxLength, ErrorMessage = "First name must be 100 characters or fewer")]
    [Display(Name = "First name")]
    public string? ChildGivenName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter their last name")]
    [StringLength(AssessmentRequest.NameMaxLength, ErrorMessage = "Last name must be 100 characters or fewer")]
    [Display(Name = "Last name")]
    public string? ChildFamilyName { get; set; }

    [BindProperty]
    public DateInput ChildDateOfBirth { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Select who made the request")]
    public string? MadeBy { get; set; }

    [BindProperty]
    public DateInput ReceivedOn { get; set; } = new();

    [BindProperty]
    [StringLength(AssessmentRequest.SettingMaxLength, ErrorMessage = "Nursery, school or college must be 200 characters or fewer")]
    [Display(Name = "Nursery, school or college (optional)")]
    public string? SettingName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a summary of their needs as the request describes them")]
    [StringLength(AssessmentRequest.TextMaxLength, ErrorMessage = "The summary must be 4,000 characters or fewer")]
    [Display(Name = "Summary of their needs")]
    public string? Needs { get; set; }

    public void OnGet() => ReceivedOn = DateInput.From(clock.UkToday());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        var born = ChildDateOfBirth.Validate(ModelState, nameof(ChildDateOfBirth), "their date of birth");
        if (born is { } b && RequestForm.DateOfBirthProblem(b, today) is { } problem)
        {
            ModelState.AddModelError(nameof(ChildDateOfBirth), problem);
        }

        var received = ReceivedOn.Validate(ModelState, nameof(ReceivedOn), "the date the request was received");
        if (received is { } r && r > today)
        {
            ModelState.AddModelError(nameof(ReceivedOn), "The date the request was received must be today or in the past");
        }
        else if (received is { } r2 && born is { } b2 && r2 < b2)
        {
            ModelState.AddModelError(nameof(ReceivedOn), "The date the request was received must be after their date of birth");
        }

        if (MadeBy is not null && !Enum.TryParse<RequesterKind>(MadeBy, out _))
        {
            ModelState.AddModelError(nameof(MadeBy), "Select who made the request");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var child = await requests.RecordAsync(new AssessmentRequest
        {
            AuthorId = User.UserId()!,
            MadeBy = Enum.Parse<RequesterKind>(MadeBy!),
            ChildGivenName = ChildGivenName!.Trim(),
            ChildFamilyName = ChildFamilyName!.Trim(),
            ChildDateOfBirth = born,
            SettingName = string.IsNullOrWhiteSpace(SettingName) ? null : SettingName.Trim(),
            Needs = Needs!.Trim(),
            ReceivedOn = received,
            StartedAt = clock.GetUtcNow(),
            UpdatedAt = clock.GetUtcNow(),
        }, User, cancellationToken);
        TempData["Success"] = $"The request for {child.FullName} is recorded and the case is yours. The decision whether to assess is due by {StatutoryClock.DecisionToAssessDue(received!.Value).ToUkDate()}";
        return Redirect($"/children/{child.Id}/case");
    }
}
