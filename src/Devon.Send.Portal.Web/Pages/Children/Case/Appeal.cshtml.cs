using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// The family's appeal to the First-tier Tribunal (SEND) against the case's latest appealable decision, recorded by the
/// caseworker: first the day it was registered, then how it ended. An order, or the council not opposing the appeal
/// before its response, sets the council's dates to comply (SEND Regulations 2014, regulations 44 and 45).
/// </summary>
public sealed class AppealModel(PortalDbContext db, TribunalAppeals appeals, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> PlacementChoices =
        [("no", "No, the appeal is about the needs or the provision (and perhaps the school too)"), ("yes", "Yes, only the school or other institution named in section I")];

    public static readonly IReadOnlyList<(string Value, string Label)> Outcomes =
    [
        (nameof(AppealOutcome.Ordered), "The Tribunal made an order requiring the council to act"),
        (nameof(AppealOutcome.Unopposed), "The council told the Tribunal, before its response, that it will not oppose the appeal (regulation 45)"),
        (nameof(AppealOutcome.Dismissed), "The Tribunal dismissed the appeal"),
        (nameof(AppealOutcome.Withdrawn), "The family withdrew the appeal"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> OrderOptions =
    [
        (nameof(TribunalOrders.Assess), "Make an assessment or reassessment (regulation 44(2)(b))"),
        (nameof(TribunalOrders.MakePlan), "Make and maintain an EHC plan (regulation 44(2)(c))"),
        (nameof(TribunalOrders.Reconsider), "Reconsider, the case being referred back to the council (regulation 44(2)(d))"),
        (nameof(TribunalOrders.AmendProvision), "Amend the special educational provision (regulation 44(2)(e))"),
        (nameof(TribunalOrders.AmendPlacement), "Amend the school or other institution named (regulation 44(2)(f))"),
        (nameof(TribunalOrders.ContinueToMaintain), "Continue to maintain the plan (regulation 44(2)(g) and (h))"),
    ];

    [FromRoute]
    public Guid ChildId { get; set; }

    /// <summary>Which form was posted ("lodge" or "outcome"), so a repeated post of one is never read as the other.</summary>
    [BindProperty]
    public string? Form { get; set; }

    [BindProperty]
    public DateInput LodgedOn { get; set; } = new();

    [BindProperty]
    public string? PlacementOnly { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public DateInput OutcomeOn { get; set; } = new();

    /// <summary>
    /// What the Tribunal ordered. The error summary lists model state keys in ordinal order, not the order errors were
    /// added, so the names of this form's fields sort in the order they appear: Outcome, OutcomeOn, WhatWasOrdered.
    /// </summary>
    [BindProperty]
    public List<string> WhatWasOrdered { get; set; } = [];

    public string ChildName { get; private set; } = "";

    private bool _reopened;

    /// <summary>The case whose latest decision the family can appeal; null when there is none.</summary>
    public AssessmentCase? Case { get; private set; }

    public TribunalAppeal? Appeal => Case?.CurrentAppeal;

    public string DecisionDescription => TribunalAppeals.Describe(Case!);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Appeal is null)
        {
            LodgedOn = DateInput.From(clock.UkToday());
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case is null)
        {
            // A repeated post of an outcome that reopened the case (which then has no decision to appeal) goes to the case page, which shows it.
            return _reopened ? Redirect($"/children/{ChildId}/case") : Page();
        }

        ModelState.Clear();
        // A repeated post (a double click, a retry) of a form already acted on goes to the case page, which shows the result.
        return (Appeal, Form) switch
        {
            (null, "lodge") => await LodgeAsync(Case, cancellationToken),
            ({ IsOpen: true } open, "outcome") => await RecordOutcomeAsync(Case, open, cancellationToken),
            _ => Redirect($"/children/{ChildId}/case"),
        };
    }

    private async Task<IActionResult> LodgeAsync(AssessmentCase assessment, CancellationToken cancellationToken)
    {
        // Every check is made here, in the order of the form, so the error summary lists the problems in that order.
        var today = clock.UkToday();
        var lodged = LodgedOn.Validate(ModelState, nameof(LodgedOn), "the date the appeal was registered");
        if (lodged is { } day && day > today)
        {
            ModelState.AddModelError(nameof(LodgedOn), "The date the appeal was registered must be today or in the past");
        }
        else if (lodged is { } early && early < assessment.AppealableDecisionOn)
        {
            ModelState.AddModelError(nameof(LodgedOn), $"The date the appeal was registered must be on or after the date of the decision, {assessment.AppealableDecisionOn!.Value.ToUkDate()}");
        }

        var aboutPlan = TribunalAppeals.DecisionOf(assessment) == AppealedDecision.PlanContents;
        if (aboutPlan && PlacementChoices.All(c => c.Value != PlacementOnly))
        {
            ModelState.AddModelError(nameof(PlacementOnly), "Select whether the appeal is only about the school or other institution named");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await appeals.LodgeAsync(assessment, lodged!.Value, PlacementOnly == "yes", User, cancellationToken))
        {
            TempData["Success"] = "The appeal has been recorded and the family told";
        }

        return Redirect($"/children/{ChildId}/case");
    }

    private async Task<IActionResult> RecordOutcomeAsync(AssessmentCase assessment, TribunalAppeal appeal, CancellationToken cancellationToken)
    {
        var today = clock.UkToday();
        AppealOutcome? outcome = Outcomes.Any(o => o.Value == Outcome) ? Enum.Parse<AppealOutcome>(Outcome!) : null;
        if (outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select how the appeal ended");
        }

        var on = OutcomeOn.Validate(ModelState, nameof(OutcomeOn), "the date of the outcome");
        if (on is { } day && day > today)
        {
            ModelState.AddModelError(nameof(OutcomeOn), "The date of the outcome must be today or in the past");
        }
        else if (on is { } early && early < appeal.LodgedOn)
        {
            ModelState.AddModelError(nameof(OutcomeOn), $"The date of the outcome must be on or after the date the appeal was registered, {appeal.LodgedOn.ToUkDate()}");
        }

        var orders = TribunalOrders.None;
        foreach (var order in WhatWasOrdered)
        {
            orders |= OrderOptions.Any(o => o.Value == order) ? Enum.Parse<TribunalOrders>(order) : TribunalOrders.None;
        }

        if (outcome == AppealOutcome.Ordered && orders == TribunalOrders.None)
        {
            ModelState.AddModelError(nameof(WhatWasOrdered), "Select what the Tribunal ordered the council to do");
        }
        else if (outcome is not null and not AppealOutcome.Ordered && WhatWasOrdered.Count > 0)
        {
            ModelState.AddModelError(nameof(WhatWasOrdered), "Only an order requires the council to act as it says. Clear what the Tribunal ordered, or select that it made an order");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await appeals.RecordOutcomeAsync(assessment, appeal, outcome!.Value, on!.Value, orders, User, cancellationToken))
        {
            TempData["Success"] = appeal.BindsCouncil
                ? "The outcome has been recorded and the family told. The case page shows what the council must do and by when"
                : "The outcome has been recorded and the family told";
        }

        return Redirect($"/children/{ChildId}/case");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var latest = await db.AssessmentCases.Include(c => c.Appeals).Include(c => c.Cessations).Where(c => c.ChildId == ChildId)
            .OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        Case = latest?.AppealableDecisionOn is null ? null : latest;
        _reopened = latest?.ReopenedOn is not null;
    }
}
