using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Pages.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>The caseworker's decision whether to carry out an EHC needs assessment, with the reasons the family is given.</summary>
public sealed class DecisionModel(PortalDbContext db, AssessmentRequests requests, TribunalAppeals appeals, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
        [("assess", "Carry out an EHC needs assessment"), ("not-assess", "Do not carry out an assessment")];

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public AssessmentCase? Case { get; private set; }
    public CaseDecision? Made { get; private set; }

    /// <summary>
    /// The order to assess (or the appeal not opposed) that reopened the case: the decision to assess after it is recorded
    /// here, and telling the family meets the Tribunal's 2 weeks (Reg 44(2)(b), 45(3)).
    /// </summary>
    public TribunalAppeal? Order { get; private set; }

    /// <summary>The letter the order requires is still owed: this page records it.</summary>
    public bool AwaitsDecisionAfterOrder => Order is { FamilyToldOfAssessmentOn: null };

    [BindProperty]
    [Required(ErrorMessage = "Select your decision")]
    public string? Decision { get; set; }

    [BindProperty]
    public DateInput DecidedOn { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Enter the reasons for your decision")]
    [StringLength(CaseDecision.ReasonsMaxLength, ErrorMessage = "The reasons must be 4,000 characters or fewer")]
    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        DecidedOn = DateInput.From(clock.UkToday());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (AwaitsDecisionAfterOrder)
        {
            return await DecideAfterOrderAsync(cancellationToken);
        }

        if (Made is not null || Case is null || Case.IsPlanMadeElsewhere)
        {
            return Page();
        }

        if (Decision is not null && Choices.All(c => c.Value != Decision))
        {
            ModelState.AddModelError(nameof(Decision), "Select your decision");
        }

        var today = clock.UkToday();
        var decided = DecidedOn.Validate(ModelState, nameof(DecidedOn), "the date of the decision");
        if (decided is { } d && d > today)
        {
            ModelState.AddModelError(nameof(DecidedOn), "The date of the decision must be today or in the past");
        }
        else if (decided is { } d2 && d2 < Case.RequestReceivedOn)
        {
            ModelState.AddModelError(nameof(DecidedOn), $"The date of the decision must be on or after the day the request was received, {Case.RequestReceivedOn.ToUkDate()}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var toAssess = Decision == "assess";
        if (!await requests.DecideAsync(Case, toAssess, decided!.Value, Reasons!, User, cancellationToken))
        {
            // Someone else decided in the meantime: show theirs.
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Success"] = toAssess ? $"You decided to assess {ChildName}'s needs. The family has been told" : $"You decided not to assess {ChildName}'s needs. The family has been told, with their right to mediation and appeal";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task<IActionResult> DecideAfterOrderAsync(CancellationToken cancellationToken)
    {
        // The Tribunal decided that the council assesses: only the day the family was told is the caseworker's.
        ModelState.Remove(nameof(Decision));
        ModelState.Remove(nameof(Reasons));
        var orderedOn = Order!.OutcomeOn!.Value;
        var decided = DecidedOn.Validate(ModelState, nameof(DecidedOn), "the date of the decision");
        if (decided is { } d && d > clock.UkToday())
        {
            ModelState.AddModelError(nameof(DecidedOn), "The date of the decision must be today or in the past");
        }
        else if (decided is { } early && early < orderedOn)
        {
            ModelState.AddModelError(nameof(DecidedOn), $"The date of the decision must be on or after the date of the Tribunal's outcome, {orderedOn.ToUkDate()}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await appeals.RecordAssessAfterOrderAsync(ChildId, Order, decided!.Value, User, cancellationToken))
        {
            TempData["Success"] = $"You decided to assess {ChildName}'s needs after the Tribunal appeal. The family has been told";
        }

        return Redirect($"/children/{ChildId}/case");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking().Where(c => c.Id == ChildId).Select(c => new { c.GivenName, c.FamilyName }).SingleAsync(cancellationToken);
        ChildName = $"{child.GivenName} {child.FamilyName}";
        Case = await db.AssessmentCases.Where(c => c.ChildId == ChildId && c.ClosedOn == null).OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        Order = Case?.ReopenedByAppealId is { } appealId
            ? await db.TribunalAppeals.AsNoTracking().SingleOrDefaultAsync(a => a.Id == appealId, cancellationToken) is { } appeal
                && TribunalDeadlines.Required(appeal).Any(r => r.Step == ComplianceStep.FamilyToldOfAssessment) ? appeal : null
            : null;
        Made = Case is null ? null : await db.CaseDecisions.AsNoTracking().SingleOrDefaultAsync(x => x.AssessmentCaseId == Case.Id, cancellationToken);
        return true;
    }
}
