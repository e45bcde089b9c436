using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>
/// A plan's annual reviews for everyone on the case: when the next is due, the meeting, the views given before it, its
/// record, the decision and its deadlines; and the reviews before.
/// </summary>
public sealed class IndexModel(AnnualReviews reviews, TimeProvider clock, IOptions<CouncilTargets> targets) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public ReviewedCase? Reviewed { get; private set; }
    public AnnualReview? Open { get; private set; }
    public IReadOnlyList<Deadline> Deadlines { get; private set; } = [];
    public IReadOnlyList<AnnualReview> Past { get; private set; } = [];
    public bool CanManage { get; private set; }
    public DateOnly Today { get; private set; }
    public string ChildName { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.UkToday();
        CanManage = HttpContext.ChildPermissions().CanManage;
        Reviewed = await reviews.CaseOfAsync(ChildId, cancellationToken);
        if (Reviewed is null)
        {
            ChildName = await reviews.ChildNameAsync(ChildId, cancellationToken);
            return;
        }

        ChildName = Reviewed.ChildName;
        Open = Reviewed.Open;
        Past = [.. Reviewed.Case.AnnualReviews.Where(r => r.CompletedOn is not null).OrderByDescending(r => r.Number)];
        Deadlines = ReviewDeadlines.For(Open?.Dates(Reviewed.DateOfBirth, Reviewed.Case.TransferredInOn)
            ?? new AnnualReviewDates(Reviewed.NextFrom, Reviewed.DateOfBirth) { TransferredInOn = Reviewed.Case.TransferredInOn }, Today, targets.Value.UnderFiveReviewMonths);
    }

    public bool MayGiveViews => Open is { MeetingRecorded: false } && Reviewed?.Case.ClosedOn is null;
}
