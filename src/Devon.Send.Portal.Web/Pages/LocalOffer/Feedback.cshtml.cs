using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Pages.LocalOffer;

/// <summary>
/// "Is this page useful?": a yes or no, and for a no, what was wrong. Nobody signs in to answer, so the answer
/// that a comment belongs to is remembered in the person's own (protected) temporary data, never taken from the form.
/// </summary>
[EnableRateLimiting(LocalOfferServices.FeedbackRateLimit)]
[AllowAnonymous]
public sealed class FeedbackModel(PortalDbContext db, LocalOfferLibrary library, TimeProvider clock) : PageModel
{
    private const string AnswerKey = "FeedbackAnswer";

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty]
    public string? Useful { get; set; }

    [BindProperty]
    [StringLength(1200, ErrorMessage = "What was wrong must be 1,200 characters or fewer")]
    [Display(Name = "What was wrong with this page? (optional)")]
    public string? Comment { get; set; }

    public LocalOfferPage Article { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (!Load())
        {
            return NotFound();
        }

        return TempData.Peek(AnswerKey) is string ? Page() : Redirect(Article.Url);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Load())
        {
            return NotFound();
        }

        if (Useful is not ("yes" or "no"))
        {
            return Redirect(Article.Url + "#feedback");
        }

        var answer = new LocalOfferFeedback { Slug = Slug, Useful = Useful == "yes", At = clock.GetUtcNow() };
        db.LocalOfferFeedback.Add(answer);
        await db.SaveChangesAsync(cancellationToken);
        if (answer.Useful)
        {
            TempData["FeedbackThanks"] = true;
            return Redirect(Article.Url);
        }

        TempData[AnswerKey] = answer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RedirectToPage(new { slug = Slug });
    }

    public async Task<IActionResult> OnPostCommentAsync(CancellationToken cancellationToken)
    {
        if (!Load())
        {
            return NotFound();
        }

        if (TempData.Peek(AnswerKey) is not string answerId || !long.TryParse(answerId, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return Redirect(Article.Url);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        TempData.Remove(AnswerKey);
        if (!string.IsNullOrWhiteSpace(Comment) && await db.LocalOfferFeedback.FindAsync([id], cancellationToken) is { } answer && answer.Slug == Slug)
        {
            answer.Comment = Comment.Trim();
            await db.SaveChangesAsync(cancellationToken);
        }

        TempData["FeedbackThanks"] = true;
        return Redirect(Article.Url);
    }

    private bool Load()
    {
        if (library.Current.Find(Slug) is not { } page)
        {
            return false;
        }

        Article = page;
        return true;
    }
}
