using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>Arranges a plan's annual review meeting, or moves it, and records when the papers went to everyone.</summary>
public sealed class ArrangeModel(AnnualReviews reviews, TimeProvider clock) : ReviewPageModel(reviews)
{
    [BindProperty]
    public DateInput MeetingOn { get; set; } = new();

    [BindProperty]
    public DateInput PapersSentOn { get; set; } = new();

    /// <summary>The day the meeting must be held by.</summary>
    public DateOnly Due { get; private set; }

    /// <summary>The law the date comes from: s44 alone, or with Reg 15(5) for a plan taken in from another council.</summary>
    public string DueBasis { get; private set; } = "";

    public bool CanArrange => Reviewed is { Case.ClosedOn: null } && Reviewed.Open is not { MeetingRecorded: true };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        if (Reviewed?.Open is { } open)
        {
            MeetingOn = DateInput.From(open.MeetingOn);
            PapersSentOn = open.PapersSentOn is { } sent ? DateInput.From(sent) : new();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        if (Reviewed is null || !CanArrange)
        {
            return Page();
        }

        var today = clock.UkToday();
        var from = Reviewed.NextFrom;
        var meeting = MeetingOn.Validate(ModelState, nameof(MeetingOn), "the date of the meeting");
        if (meeting is { } m && m <= from)
        {
            ModelState.AddModelError(nameof(MeetingOn), Reviewed.Case.LastAnnualReviewOn is null
                ? $"The date of the meeting must be after the final plan was issued, on {from.ToUkDate()}"
                : $"The date of the meeting must be after the last review meeting, on {from.ToUkDate()}");
        }
        else if (meeting is { } far && far > today.AddYears(1))
        {
            ModelState.AddModelError(nameof(MeetingOn), $"The date of the meeting must be within a year from today, by {today.AddYears(1).ToUkDate()}");
        }

        DateOnly? papers = null;
        if (!PapersSentOn.IsEmpty)
        {
            papers = PapersSentOn.Validate(ModelState, nameof(PapersSentOn), "the date the papers were sent");
            if (papers > today)
            {
                ModelState.AddModelError(nameof(PapersSentOn), "The date the papers were sent must be today or in the past");
            }
            else if (papers <= from)
            {
                ModelState.AddModelError(nameof(PapersSentOn), $"The date the papers were sent must be after {from.ToUkDate()}");
            }
            else if (meeting is { } held && papers > held)
            {
                ModelState.AddModelError(nameof(PapersSentOn), "The date the papers were sent must be on or before the date of the meeting");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await Reviews.ArrangeAsync(Reviewed, meeting!.Value, papers, User, cancellationToken);
        TempData["Success"] = $"The annual review meeting is arranged for {meeting.Value.ToUkDate()}. Everyone on the case has been told";
        return Redirect($"/children/{ChildId}/reviews");
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await base.LoadAsync(cancellationToken);
        if (Reviewed is not null)
        {
            var from = Reviewed.Open?.PlanOrLastReviewOn ?? Reviewed.NextFrom;
            Due = StatutoryClock.ReviewDue(from, Reviewed.Case.TransferredInOn);
            DueBasis = StatutoryClock.IsFirstReviewAfterTransfer(from, Reviewed.Case.TransferredInOn)
                ? "Children and Families Act 2014, section 44, and SEND Regulations 2014, regulation 15(5), for a plan taken in from another council"
                : "Children and Families Act 2014, section 44";
        }
    }
}
