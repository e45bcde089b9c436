using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>
/// Views and advice for an annual review, given before the meeting by anyone on the case: the family, the young person,
/// the school and the other professionals (Reg 20(2)). Each person may change theirs until the meeting is recorded.
/// </summary>
public sealed class ViewsModel(AnnualReviews reviews) : PageModel
{
    private const string TooLong = "must be 4,000 characters or fewer";

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    [StringLength(ReviewContribution.TextMaxLength, ErrorMessage = "What is working well " + TooLong)]
    [Display(Name = "What is working well?")]
    public string? WorkingWell { get; set; }

    [BindProperty]
    [StringLength(ReviewContribution.TextMaxLength, ErrorMessage = "What is not working " + TooLong)]
    [Display(Name = "What is not working, or has changed?")]
    public string? NotWorking { get; set; }

    [BindProperty]
    [StringLength(ReviewContribution.TextMaxLength, ErrorMessage = "What should change " + TooLong)]
    [Display(Name = "What should change in the plan?")]
    public string? Changes { get; set; }

    public string ChildName { get; private set; } = "";
    public string GivenName { get; private set; } = "";
    public AnnualReview? Open { get; private set; }
    public bool Closed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Open?.Contributions.SingleOrDefault(c => c.AuthorId == User.UserId()) is { } mine)
        {
            (WorkingWell, NotWorking, Changes) = (mine.WorkingWell, mine.NotWorking, mine.Changes);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var reviewed = await LoadAsync(cancellationToken);
        if (reviewed is null || Open is null || Closed)
        {
            return Page();
        }

        if (string.IsNullOrWhiteSpace(WorkingWell) && string.IsNullOrWhiteSpace(NotWorking) && string.IsNullOrWhiteSpace(Changes))
        {
            ModelState.AddModelError(nameof(WorkingWell), "Enter your views in at least one of the boxes");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await reviews.GiveViewsAsync(reviewed, Open, Author.Of(User), WorkingWell, NotWorking, Changes, cancellationToken))
        {
            Closed = true;
            ModelState.AddModelError(string.Empty, "The review meeting has been recorded, so views can no longer be added. Your text is below: send it to the caseworker if it still matters");
            return Page();
        }

        TempData["Success"] = $"Your views for {HttpContext.ChildPermissions().Whose(GivenName)} annual review have been saved. Everyone on the case can read them before the meeting";
        return Redirect($"/children/{ChildId}/reviews");
    }

    private async Task<ReviewedCase?> LoadAsync(CancellationToken cancellationToken)
    {
        var reviewed = await reviews.CaseOfAsync(ChildId, cancellationToken);
        if (reviewed is null)
        {
            ChildName = await reviews.ChildNameAsync(ChildId, cancellationToken);
            return null;
        }

        (ChildName, GivenName, Open) = (reviewed.ChildName, reviewed.GivenName, reviewed.Open);
        Closed = Open is null || Open.MeetingRecorded || reviewed.Case.ClosedOn is not null;
        return reviewed;
    }
}
