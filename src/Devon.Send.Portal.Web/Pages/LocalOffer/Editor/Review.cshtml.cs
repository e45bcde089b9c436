using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>A second editor checks changes word by word and as they will look, then publishes them or sends them back.</summary>
public sealed class ReviewModel(LocalOfferEditing editing, LocalOfferLibrary library) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "Your comment must be 1,000 characters or fewer")]
    [Display(Name = "What needs to change?")]
    public string? Comment { get; set; }

    public LocalOfferDraft Draft { get; private set; } = null!;
    public LocalOfferPage? Proposed { get; private set; }
    public LocalOfferPage? Published { get; private set; }
    public IReadOnlyList<DiffSegment> Changes { get; private set; } = [];
    public bool IsAuthor { get; private set; }
    public string Title => Proposed?.Document.Title ?? Draft.Slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (IsAuthor)
        {
            ModelState.AddModelError("", "You cannot approve your own changes. Another Local Offer editor must approve them");
        }
        else if (Draft.Status != DraftStatus.Submitted)
        {
            ModelState.AddModelError("", "These changes have not been sent for approval, or have already been dealt with");
        }
        else if (Proposed is null)
        {
            ModelState.AddModelError("", "These changes cannot be published as they are: return them to the author to put right");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var version = await editing.ApproveAsync(Draft, EditorName.Of(User), cancellationToken);
        TempData["Success"] = $"‘{Title}’ is published (version {version.Number})";
        TempData["SuccessLink"] = "/local-offer/" + Draft.Slug;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (IsAuthor || Draft.Status != DraftStatus.Submitted)
        {
            ModelState.AddModelError("", IsAuthor ? "You cannot return your own changes: change them instead" : "These changes are not waiting for approval");
        }
        else if (string.IsNullOrWhiteSpace(Comment))
        {
            ModelState.AddModelError(nameof(Comment), "Say what needs to change before the page can be published");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await editing.ReturnAsync(Draft, EditorName.Of(User), Comment!.Trim(), cancellationToken);
        TempData["Success"] = $"‘{Title}’ has gone back to {Draft.AuthorName} with your comment";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await editing.FindAsync(Id, cancellationToken) is not { } draft)
        {
            return false;
        }

        Draft = draft;
        IsAuthor = draft.AuthorId == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        Published = library.Current.Find(draft.Slug);
        var document = LocalOfferParser.Parse(draft.Source, draft.Slug + ".md").Document;
        Proposed = document is null ? null : new LocalOfferPage(draft.Slug, document, draft.Source, PageOrigin.Portal);
        Changes = WordDiff.Compare(Published?.Source is { } before ? LocalOfferSource.Normalise(before) : "", draft.Source);
        return true;
    }
}
