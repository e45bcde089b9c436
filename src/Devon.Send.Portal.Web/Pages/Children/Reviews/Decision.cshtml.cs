using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>The council's decision after an annual review (Reg 20(10)): keep the plan, amend it, or stop maintaining it.</summary>
public sealed class DecisionModel(AnnualReviews reviews, TimeProvider clock) : ReviewPageModel(reviews)
{
    [BindProperty]
    [Required(ErrorMessage = "Select your decision")]
    public string? Decision { get; set; }

    [BindProperty]
    public DateInput DecidedOn { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Enter the reasons for your decision")]
    [StringLength(AnnualReview.TextMaxLength, ErrorMessage = "The reasons must be 4,000 characters or fewer")]
    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        DecidedOn = DateInput.From(clock.UkToday());
        Decision = Open?.Recommendation?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        if (Reviewed is null || Open is not { MeetingRecorded: true, Decision: null })
        {
            return Page();
        }

        ReviewDecision? decision = Enum.TryParse<ReviewDecision>(Decision, out var d) && Enum.IsDefined(d) ? d : null;
        if (Decision is not null && decision is null)
        {
            ModelState.AddModelError(nameof(Decision), "Select your decision");
        }

        var decided = DecidedOn.Validate(ModelState, nameof(DecidedOn), "the date of the decision");
        if (decided > clock.UkToday())
        {
            ModelState.AddModelError(nameof(DecidedOn), "The date of the decision must be today or in the past");
        }
        else if (decided < Open.MeetingOn)
        {
            ModelState.AddModelError(nameof(DecidedOn), $"The date of the decision must be on or after the meeting, {Open.MeetingOn.ToUkDate()}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Read before deciding: a decided review is no longer the open one.
        var number = Open.Number;
        var meetingOn = Open.MeetingOn;
        await Reviews.DecideAsync(Reviewed, Open, decision!.Value, decided!.Value, Reasons!, User, cancellationToken);
        if (decision == ReviewDecision.Cease)
        {
            // Ceasing needs the family and the school consulted first (Reg 31(1)): the review leads to the proposal.
            TempData["Success"] = "You decided the plan should stop. Now record the proposal: the family is told, and you consult them and the school before deciding";
            return Redirect($"/children/{ChildId}/plan/cease/propose?review={number}");
        }

        TempData["Success"] = decision switch
        {
            ReviewDecision.Amend => $"You decided to amend the plan. Change its sections, then issue the proposed amendments by {StatutoryClock.ReviewDecisionDue(meetingOn).ToUkDate()}",
            _ => "You decided to keep the plan as it is. Everyone on the case has been told",
        };
        return Redirect($"/children/{ChildId}/reviews");
    }
}
