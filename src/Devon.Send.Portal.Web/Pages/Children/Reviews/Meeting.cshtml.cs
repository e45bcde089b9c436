using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>The record of an annual review meeting (Reg 20(6)–(7)): when, who came, what was said and recommended, when the report went out.</summary>
public sealed class MeetingModel(AnnualReviews reviews, TimeProvider clock) : ReviewPageModel(reviews)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
        [.. Enum.GetValues<ReviewDecision>().Select(d => (d.ToString(), AnnualReview.Describe(d)))];

    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Enter who came to the meeting")]
    [StringLength(AnnualReview.AttendeesMaxLength, ErrorMessage = "Who came must be 1,000 characters or fewer")]
    [Display(Name = "Who came to the meeting")]
    public string? Attendees { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter what was discussed")]
    [StringLength(AnnualReview.TextMaxLength, ErrorMessage = "What was discussed must be 4,000 characters or fewer")]
    [Display(Name = "What was discussed")]
    public string? Discussion { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select what the meeting recommended")]
    public string? Recommendation { get; set; }

    [BindProperty]
    public DateInput ReportSentOn { get; set; } = new();

    public bool CanRecord => Open is { Decision: null } && Reviewed is { Case.ClosedOn: null };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        if (Open is { } open)
        {
            HeldOn = open.MeetingRecorded || open.MeetingOn <= clock.UkToday() ? DateInput.From(open.MeetingOn) : new();
            (Attendees, Discussion, Recommendation) = (open.Attendees, open.Discussion, open.Recommendation?.ToString());
            ReportSentOn = open.ReportSentOn is { } sent ? DateInput.From(sent) : new();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        if (Reviewed is null || Open is null || !CanRecord)
        {
            return Page();
        }

        var today = clock.UkToday();
        var held = HeldOn.Validate(ModelState, nameof(HeldOn), "the date of the meeting");
        if (held > today)
        {
            ModelState.AddModelError(nameof(HeldOn), "The date of the meeting must be today or in the past: record the meeting once it has been held");
        }
        else if (held <= Open.PlanOrLastReviewOn)
        {
            ModelState.AddModelError(nameof(HeldOn), $"The date of the meeting must be after {Open.PlanOrLastReviewOn.ToUkDate()}, when the plan was issued or last reviewed");
        }

        ReviewDecision? recommendation = Enum.TryParse<ReviewDecision>(Recommendation, out var r) && Enum.IsDefined(r) ? r : null;
        if (Recommendation is not null && recommendation is null)
        {
            ModelState.AddModelError(nameof(Recommendation), "Select what the meeting recommended");
        }

        DateOnly? report = null;
        if (!ReportSentOn.IsEmpty)
        {
            report = ReportSentOn.Validate(ModelState, nameof(ReportSentOn), "the date the report was sent");
            if (report > today)
            {
                ModelState.AddModelError(nameof(ReportSentOn), "The date the report was sent must be today or in the past");
            }
            else if (held is { } h && report < h)
            {
                ModelState.AddModelError(nameof(ReportSentOn), "The date the report was sent must be on or after the date of the meeting");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await Reviews.RecordMeetingAsync(Reviewed, Open, held!.Value, Attendees!, Discussion!, recommendation!.Value, report, User, cancellationToken);
        TempData["Success"] = $"The record of the meeting on {held.Value.ToUkDate()} has been saved. The decision is due by {StatutoryClock.ReviewDecisionDue(held.Value).ToUkDate()}";
        return Redirect($"/children/{ChildId}/reviews");
    }
}
