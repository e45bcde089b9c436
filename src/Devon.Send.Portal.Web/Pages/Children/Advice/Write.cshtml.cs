using Devon.Send.Portal.Web.Attachments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Children.Advice;

/// <summary>
/// The contributor asked writes their advice, section by section, with any files: saved as a draft (by the button, or
/// by the page itself every so often) until they submit it, after which it is final. Nobody else may write it.
/// </summary>
[AttachmentUploadLimits]
public sealed class WriteModel(PortalDbContext db, AdviceService advice, IOptions<AttachmentOptions> options, TimeProvider clock) : PageModel
{
    public int MaxFileMegabytes => options.Value.MaxFileMegabytes;

    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public Guid RequestId { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Texts { get; set; } = [];

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public string ChildName { get; private set; } = "";
    public string Who { get; private set; } = "";
    public AdviceRequest Asked { get; private set; } = null!;
    public IReadOnlyList<string> Sections { get; private set; } = [];
    public Deadline Deadline { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Texts = Sections.ToDictionary(c => c, c => Asked.Sections.SingleOrDefault(s => s.SectionCode == c)?.Text);
        return Page();
    }

    /// <summary>"Save as draft": the texts, and a file if one was chosen.</summary>
    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Asked.IsSubmitted)
        {
            return await AlreadySubmittedAsync(cancellationToken);
        }

        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }

        if (SubmittedMeanwhile)
        {
            return await AlreadySubmittedAsync(cancellationToken);
        }

        TempData["Success"] = Deadline.State switch
        {
            DeadlineState.Overdue => $"Your draft has been saved. Your advice was due on {Deadline.Due.ToUkDate()}: send it as soon as you can",
            DeadlineState.ExceptionApplies => "Your draft has been saved. Come back to it and send it when it is ready",
            _ => $"Your draft has been saved. Come back to it and send it by {Deadline.Due.ToUkDate()}",
        };
        return Redirect(Here);
    }

    /// <summary>Saves the draft for the page's own timer; answers with the time saved, for the page to show.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Asked.IsSubmitted)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        Validate(requireAny: false);
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        // Submitted since the page read it (in another tab, or by a post sent at the same moment).
        if (!await advice.SaveDraftAsync(Asked, Sections, Texts, cancellationToken))
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        return new JsonResult(new { savedAt = Asked.DraftSavedAt!.Value.ToUkClockTime() });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid attachmentId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Asked.IsSubmitted)
        {
            return await AlreadySubmittedAsync(cancellationToken);
        }

        ModelState.Remove(nameof(Attachment));
        Attachment = null;
        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }

        if (SubmittedMeanwhile)
        {
            return await AlreadySubmittedAsync(cancellationToken);
        }

        if (await advice.RemoveAttachmentAsync(Asked, attachmentId, ChildId, cancellationToken))
        {
            TempData["Success"] = "The file has been removed from your advice";
        }

        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Asked.IsSubmitted)
        {
            return await AlreadySubmittedAsync(cancellationToken);
        }

        Validate(requireAny: true);
        if (!await SaveAsync(cancellationToken))
        {
            return Page();
        }

        if (await advice.SubmitAsync(Asked, ChildId, User, Sections, Texts, cancellationToken) == SubmitOutcome.AlreadySubmitted)
        {
            return await AlreadySubmittedAsync(cancellationToken);
        }

        TempData["Success"] = Asked.SubmittedOn > Asked.DueOn
            ? "Your advice has been submitted. It was due on " + Asked.DueOn.ToUkDate() + ", so it is shown as late"
            : "Your advice has been submitted";
        return Redirect($"/children/{ChildId}/advice#advice-{RequestId}");
    }

    private string Here => $"/children/{ChildId}/advice/{RequestId}";

    /// <summary>Whether the draft was left as it was because the advice had been submitted since the page read it.</summary>
    private bool SubmittedMeanwhile { get; set; }

    private async Task<RedirectResult> AlreadySubmittedAsync(CancellationToken cancellationToken)
    {
        // Submitted by another post since this one read the request: what it wrote is in the database, not in Asked.
        var submitted = await db.AdviceRequests.AsNoTracking().Where(a => a.Id == RequestId).Select(a => new { a.SubmittedAt, a.SubmittedOn }).SingleAsync(cancellationToken);
        TempData["Success"] = $"This advice was submitted on {submitted.SubmittedAt?.ToUkDateTime() ?? submitted.SubmittedOn!.Value.ToUkDate()}. It cannot be changed or submitted again";
        return Redirect(Here);
    }

    /// <summary>Keeps the texts as the draft whatever else is wrong, so nothing typed is lost; then any file chosen.</summary>
    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        Validate(requireAny: false);
        if (Sections.All(c => ModelState.GetFieldValidationState($"{nameof(Texts)}[{c}]") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid))
        {
            SubmittedMeanwhile = !await advice.SaveDraftAsync(Asked, Sections, Texts, cancellationToken);
        }

        if (Attachment is not null && (await advice.AttachAsync(Asked, ChildId, Attachment, User, cancellationToken)).Error is { } error)
        {
            ModelState.AddModelError(nameof(Attachment), error);
        }

        return ModelState.IsValid;
    }

    private void Validate(bool requireAny)
    {
        foreach (var code in Sections)
        {
            Texts.TryAdd(code, null);
            if (Texts[code]?.Length > AdviceSection.MaxTextLength)
            {
                AddError(code, $"Your advice for section {code} must be {AdviceSection.MaxTextLength:N0} characters or fewer");
            }
        }

        if (requireAny && Sections.All(c => string.IsNullOrWhiteSpace(Texts[c])))
        {
            AddError(Sections[0], "Write your advice for at least one section of the plan");
        }
    }

    private void AddError(string code, string message)
    {
        var key = $"{nameof(Texts)}[{code}]";
        if (ModelState.GetFieldValidationState(key) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await db.AdviceRequests
            .Include(a => a.Sections)
            .Include(a => a.Attachments)
            .Where(a => a.Id == RequestId && db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == ChildId))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        if (!await advice.IsContributorAsync(User, found, ChildId, cancellationToken))
        {
            return Forbid();
        }

        Asked = found;
        var invitation = await db.ProfessionalInvitations.AsNoTracking().Where(i => i.Id == found.InvitationId)
            .Select(i => new { i.Role, i.Organisation, i.Sections }).SingleOrDefaultAsync(cancellationToken);
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        // The family's advice is written by the family, who read "You"; a professional's names their role and organisation.
        Who = invitation is null ? "You" : $"{PortalRoles.DisplayName(invitation.Role)}, {invitation.Organisation}";
        Sections = AdviceService.SectionsFor(invitation?.Sections);
        var today = clock.UkToday();
        Deadline = AssessmentDeadlines.AdviceFor(found, await db.TimescaleExceptions.AsNoTracking().Where(e => e.AssessmentCaseId == found.AssessmentCaseId).ToListAsync(cancellationToken), today);
        return null;
    }
}
