using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Pages.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// The caseworker's decision, after assessing, not to issue an EHC plan (SEND Regulations 2014, regulation 10): within
/// 16 weeks of the request, with reasons the family reads. The case closes; the family is told of mediation, their appeal
/// date and Devon Information, Advice and Support.
/// </summary>
public sealed class NoPlanModel(PortalDbContext db, AssessmentRequests requests, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public DateInput DecidedOn { get; set; } = new();

    [BindProperty]
    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The case being assessed, if a decision not to issue a plan may be made on it now.</summary>
    public AssessmentCase? Case { get; private set; }

    private AssessmentCase? _latest;

    public DateOnly Due => StatutoryClock.DecisionNotToIssueDue(Case!.RequestReceivedOn);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        DecidedOn = DateInput.From(clock.UkToday());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (_latest?.NoPlanDecidedOn is not null)
        {
            // A repeated post (a double click, a retry): the decision is recorded, and the case page shows it.
            return Redirect($"/children/{ChildId}/case");
        }

        if (Case is null)
        {
            return Page();
        }

        ModelState.Clear();
        var decided = DecidedOn.Validate(ModelState, nameof(DecidedOn), "the date of the decision");
        if (decided is { } day && day > clock.UkToday())
        {
            ModelState.AddModelError(nameof(DecidedOn), "The date of the decision must be today or in the past");
        }
        else if (decided is { } early && early < Case.DecisionToAssessOn)
        {
            ModelState.AddModelError(nameof(DecidedOn), $"The date of the decision must be on or after the decision to assess, {Case.DecisionToAssessOn!.Value.ToUkDate()}");
        }

        // Checked here rather than by attributes, so the error summary lists the problems in the order of the form.
        if (string.IsNullOrWhiteSpace(Reasons))
        {
            ModelState.AddModelError(nameof(Reasons), "Enter the reasons for the decision");
        }
        else if (Reasons.Length > AssessmentCase.NoPlanReasonsMaxLength)
        {
            ModelState.AddModelError(nameof(Reasons), "The reasons must be 4,000 characters or fewer");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await requests.RecordNoPlanAsync(Case, decided!.Value, Reasons!, User, cancellationToken))
        {
            // Someone else recorded the decision a moment ago: the case page shows it.
            return Redirect($"/children/{ChildId}/case");
        }

        TempData["Success"] = $"The decision not to issue a plan has been recorded and the case is closed. The family has been told they can appeal by {StatutoryClock.AppealDue(decided.Value, null).ToUkDate()}";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        _latest = await db.AssessmentCases.Where(c => c.ChildId == ChildId).OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        Case = _latest is { MayDecideNoPlan: true } ? _latest : null;
    }
}
