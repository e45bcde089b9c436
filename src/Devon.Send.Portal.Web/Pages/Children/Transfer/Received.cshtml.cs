using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Transfer;

/// <summary>
/// What came with a plan taken in from another council: the old council's advice from its assessment, which a new
/// assessment may use (Reg 15(3)(b)), and, where the move changed the child's health commissioning body, the new body
/// and the day it was told, from which its 15 working days run (Reg 16). Either or both; the family is told of each.
/// </summary>
public sealed class ReceivedModel(PortalDbContext db, PlanTransfers transfers, TimeProvider clock) : PageModel
{
    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(AdviceReceivedOn), nameof(Advice), nameof(HealthBody), nameof(HealthBodyToldOn)];

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public DateInput AdviceReceivedOn { get; set; } = new();

    [BindProperty]
    [StringLength(AssessmentCase.TransferAdviceMaxLength, ErrorMessage = "The advice received must be 1,000 characters or fewer")]
    [Display(Name = "Which advice arrived")]
    public string? Advice { get; set; }

    [BindProperty]
    [StringLength(AssessmentCase.CouncilNameMaxLength, ErrorMessage = "The health commissioning body must be 200 characters or fewer")]
    [Display(Name = "The new health commissioning body")]
    public string? HealthBody { get; set; }

    [BindProperty]
    public DateInput HealthBodyToldOn { get; set; } = new();

    public string ChildName { get; private set; } = "";

    /// <summary>The case of a plan taken in from another council, or null.</summary>
    public AssessmentCase? Case { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case is not null)
        {
            AdviceReceivedOn = Case.TransferAdviceReceivedOn is { } on ? DateInput.From(on) : new();
            Advice = Case.TransferAdvice;
            HealthBody = Case.NewHealthBody;
            HealthBodyToldOn = Case.NewHealthBodyToldOn is { } told ? DateInput.From(told) : new();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case is null)
        {
            return Page();
        }

        var today = clock.UkToday();
        var hasAdvice = !AdviceReceivedOn.IsEmpty || !string.IsNullOrWhiteSpace(Advice);
        var hasHealth = !HealthBodyToldOn.IsEmpty || !string.IsNullOrWhiteSpace(HealthBody);
        if (!hasAdvice && !hasHealth)
        {
            ModelState.AddModelError(nameof(AdviceReceivedOn), "Enter the advice received with the plan, or the new health commissioning body, or both");
            return Page();
        }

        DateOnly? adviceOn = null;
        if (hasAdvice)
        {
            adviceOn = NotFuture(AdviceReceivedOn.Validate(ModelState, nameof(AdviceReceivedOn), "the date the advice was received"), nameof(AdviceReceivedOn), "The date the advice was received", today);
            if (string.IsNullOrWhiteSpace(Advice))
            {
                ModelState.AddModelError(nameof(Advice), "Enter which advice was received, from whom and of what date");
            }
        }

        DateOnly? toldOn = null;
        if (hasHealth)
        {
            if (string.IsNullOrWhiteSpace(HealthBody))
            {
                ModelState.AddModelError(nameof(HealthBody), "Enter the new health commissioning body");
            }

            toldOn = NotFuture(HealthBodyToldOn.Validate(ModelState, nameof(HealthBodyToldOn), "the date the new body was told"), nameof(HealthBodyToldOn), "The date the new body was told", today);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await transfers.RecordReceivedAsync(Case, adviceOn, Advice, HealthBody, toldOn, User, cancellationToken);
        TempData["Success"] = "Recorded. The family has been told";
        return Redirect($"/children/{ChildId}/case");
    }

    private DateOnly? NotFuture(DateOnly? day, string key, string name, DateOnly today)
    {
        if (day > today)
        {
            ModelState.AddModelError(key, $"{name} must be today or in the past");
        }

        return day;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var latest = await transfers.CaseOfAsync(ChildId, cancellationToken);
        Case = latest is { TransferredInOn: not null, ClosedOn: null } ? latest : null;
    }
}
