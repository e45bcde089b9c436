using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.LocalOffer.Editor;

/// <summary>Write a new page or change one, preview it through the public page's own renderer, save it and send it for approval.</summary>
public sealed class EditModel(LocalOfferEditing editing, LocalOfferLibrary library, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string? Slug { get; set; }

    [BindProperty]
    [Display(Name = "Page address")]
    public string? NewSlug { get; set; }

    [BindProperty]
    public PageForm Form { get; set; } = new();

    [BindProperty]
    [StringLength(500, ErrorMessage = "What has changed must be 500 characters or fewer")]
    [Display(Name = "What has changed?")]
    public string? ChangeNote { get; set; }

    public LocalOfferDraft? Draft { get; private set; }
    public LocalOfferPage? Published { get; private set; }
    public LocalOfferPage? Preview { get; private set; }

    /// <summary>Another editor's open draft of this page, which only they may change.</summary>
    public bool HeldByAnother { get; private set; }

    public bool IsNew => Slug is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Draft is not null && !HeldByAnother)
        {
            var document = LocalOfferParser.Parse(Draft.Source, Draft.Slug + ".md").Document;
            Form = document is null ? Form : PageForm.From(document);
            ChangeNote = Draft.ChangeNote;
        }
        else if (Published is not null)
        {
            Form = PageForm.From(Published.Document);
        }
        else
        {
            Form = new PageForm { Owner = User.FindFirst(Security.PortalClaimsFactory.Organisation)?.Value, MinimumAge = "0", MaximumAge = "25", Areas = [LocalOfferTaxonomy.AllAreas] };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || HeldByAnother)
        {
            return HeldByAnother ? Page() : NotFound();
        }

        if (Validate() is { } document)
        {
            Preview = new LocalOfferPage(PageSlug, document, document.ToMarkdown(), PageOrigin.Portal);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => await SaveAsync(submit: false, cancellationToken);

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) => await SaveAsync(submit: true, cancellationToken);

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Draft is null || HeldByAnother)
        {
            return NotFound();
        }

        await editing.DiscardAsync(Draft, cancellationToken);
        TempData["Success"] = $"Your changes to /local-offer/{Draft.Slug} were discarded";
        return RedirectToPage("Index");
    }

    private string PageSlug => Slug ?? NewSlug?.Trim().ToLowerInvariant() ?? "";

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || HeldByAnother)
        {
            return HeldByAnother ? Page() : NotFound();
        }

        if (submit && string.IsNullOrWhiteSpace(ChangeNote))
        {
            ModelState.AddModelError(nameof(ChangeNote), "Say what has changed, so the editor who approves it knows what to check");
        }

        if (Validate() is not { } document || !ModelState.IsValid)
        {
            return Page();
        }

        Draft = await editing.SaveAsync(Draft, PageSlug, IsNew, document, EditorName.Of(User), cancellationToken);
        if (submit)
        {
            await editing.SubmitAsync(Draft, ChangeNote!.Trim(), cancellationToken);
            TempData["Success"] = $"‘{document.Title}’ has been sent for approval. Another Local Offer editor must approve it before it is published";
            return RedirectToPage("Index");
        }

        TempData["Success"] = $"Your draft of ‘{document.Title}’ has been saved. It is not published until another editor approves it";
        return Redirect($"/local-offer/editor/edit/{Draft.Slug}");
    }

    private LocalOfferDocument? Validate()
    {
        if (IsNew)
        {
            var slug = PageSlug;
            if (!LocalOfferParser.IsValidSlug(slug))
            {
                ModelState.AddModelError(nameof(NewSlug), "Enter a page address of lower-case words joined by hyphens, like short-breaks");
            }
            else if (library.Current.Find(slug) is not null)
            {
                ModelState.AddModelError(nameof(NewSlug), $"There is already a page at /local-offer/{slug}: choose another address, or edit that page");
            }
        }

        var reviewed = Draft is not null ? LocalOfferParser.Parse(Draft.Source, Draft.Slug + ".md").Document?.LastReviewed : Published?.Document.LastReviewed;
        return Form.ToDocument(PageSlug, reviewed ?? clock.UkToday(), library.Current, ModelState);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Slug is null)
        {
            if (NewSlug is { Length: > 0 } && LocalOfferParser.IsValidSlug(PageSlug) && await editing.OpenDraftAsync(PageSlug, cancellationToken) is not null)
            {
                ModelState.AddModelError(nameof(NewSlug), $"Another editor is already writing a page at /local-offer/{PageSlug}: choose another address");
            }

            return true;
        }

        Published = library.Current.Find(Slug);
        Draft = await editing.OpenDraftAsync(Slug, cancellationToken);
        HeldByAnother = Draft is not null && Draft.AuthorId != User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return Published is not null || Draft is not null;
    }

    public string Heading => IsNew ? "Write a new page" : $"Change ‘{Published?.Document.Title ?? Form.Title}’";

    public DateOnly Today => clock.UkToday();
}
