using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Versions;

/// <summary>
/// One section of an issued draft, its comments (oldest first) and a form to add one. Anyone who may see the child
/// may comment on the latest draft; a final plan or a replaced draft keeps its comments but takes no more.
/// </summary>
public sealed class SectionCommentsModel(PlanStore plans, DraftFeedback feedback) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public int Number { get; set; }

    [FromRoute(Name = "section")]
    public string Code { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your comment")]
    [StringLength(DraftComment.MaxLength, ErrorMessage = "Your comment must be 2,000 characters or fewer")]
    [Display(Name = "Your comment")]
    public string? Text { get; set; }

    public string SectionCode => Code.ToUpperInvariant();
    public string ChildName { get; private set; } = "";
    public DraftVersion Version { get; private set; } = null!;
    public SectionContent SectionText { get; private set; } = SectionContent.Empty;
    public IReadOnlyList<CommentView> Comments { get; private set; } = [];

    public string VersionUrl => $"/children/{ChildId}/plan/versions/{Number}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Version.OpenForComments)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, Version.ClosedForComments);
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Text) && ModelState.GetFieldValidationState(nameof(Text)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(Text), "Enter your comment");
        }

        if (!ModelState.IsValid || await feedback.AddCommentAsync(Version, SectionCode, Text!, Author.Of(User), cancellationToken) is null)
        {
            return Page();
        }

        TempData["Success"] = $"Your comment on section {SectionCode} has been added";
        return Redirect($"{VersionUrl}/sections/{Code}/comments#comments");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!PlanSections.IsCode(SectionCode) || Code.Any(char.IsUpper)
            || await feedback.VersionAsync(ChildId, Number, cancellationToken) is not { } version
            || await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan
            || await plans.VersionAsync(plan, Number, cancellationToken) is not { } snapshot)
        {
            return false;
        }

        Version = version;
        SectionText = snapshot.ContentOf(SectionCode);
        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        Comments = await feedback.CommentsAsync(version.Id, SectionCode, cancellationToken);
        return true;
    }
}
