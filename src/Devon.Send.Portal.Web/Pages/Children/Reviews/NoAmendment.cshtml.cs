using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>
/// After proposing amendments, the council's decision not to amend the plan after all (SEND Regulations 2014, regulation
/// 22(4)): with reasons the family reads, within 8 weeks of the proposed amendments, like the amended plan would be. The
/// family is told of their right to appeal (s51(2)(e)); the proposed amendments close.
/// </summary>
public sealed class NoAmendmentModel(AnnualReviews reviews, TimeProvider clock) : ReviewPageModel(reviews)
{
    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(DecidedOn), nameof(Reasons)];

    [BindProperty]
    public DateInput DecidedOn { get; set; } = new();

    [BindProperty]
    [Display(Name = "Reasons for not amending the plan")]
    public string? Reasons { get; set; }

    /// <summary>The review whose proposed amendments wait for the amended plan or a decision not to amend.</summary>
    public AnnualReview? Awaiting => Open is { AwaitsAmendmentOutcome: true } open ? open : null;

    public DateOnly Due => StatutoryClock.AmendedPlanDue(Awaiting!.MeetingOn, Awaiting.AmendmentNoticeOn);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        DecidedOn = DateInput.From(clock.UkToday());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Reviewed is null || Awaiting is not { } review)
        {
            // Nothing waiting, or a repeated post after the decision was recorded: the reviews page shows where it stands.
            return Reviewed is null ? Page() : Redirect($"/children/{ChildId}/reviews");
        }

        // Checked here rather than by attributes, so the error summary lists the problems in the order of the form.
        ModelState.Clear();
        var decided = DecidedOn.Validate(ModelState, nameof(DecidedOn), "the date of the decision");
        if (decided > clock.UkToday())
        {
            ModelState.AddModelError(nameof(DecidedOn), "The date of the decision must be today or in the past");
        }
        else if (decided < review.AmendmentNoticeOn)
        {
            ModelState.AddModelError(nameof(DecidedOn), $"The date of the decision must be on or after the proposed amendments, {review.AmendmentNoticeOn!.Value.ToUkDate()}");
        }

        if (string.IsNullOrWhiteSpace(Reasons))
        {
            ModelState.AddModelError(nameof(Reasons), "Enter the reasons for not amending the plan");
        }
        else if (Reasons.Length > AnnualReview.TextMaxLength)
        {
            ModelState.AddModelError(nameof(Reasons), "The reasons must be 4,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await Reviews.DecideNotToAmendAsync(Reviewed, review, decided!.Value, Reasons!, User, cancellationToken))
        {
            TempData["Success"] = $"The decision not to amend the plan has been recorded. The family has been told they can appeal by {StatutoryClock.AppealDue(decided.Value, null).ToUkDate()}";
        }

        return Redirect($"/children/{ChildId}/reviews");
    }
}
