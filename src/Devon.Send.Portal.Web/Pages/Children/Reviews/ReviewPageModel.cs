using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Reviews;

/// <summary>The caseworker's review pages (arrange, meeting, decision): the child and the reviewed case, loaded one way.</summary>
public abstract class ReviewPageModel(AnnualReviews reviews) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    /// <summary>The case with a final plan still maintained; null when there is none.</summary>
    public ReviewedCase? Reviewed { get; private set; }

    /// <summary>The review under way, if any.</summary>
    public AnnualReview? Open => Reviewed?.Open;

    public string ChildName { get; private set; } = "";

    protected AnnualReviews Reviews { get; } = reviews;

    protected virtual async Task LoadAsync(CancellationToken cancellationToken) =>
        (ChildName, Reviewed) = await Reviews.ForManagerAsync(ChildId, cancellationToken);
}
