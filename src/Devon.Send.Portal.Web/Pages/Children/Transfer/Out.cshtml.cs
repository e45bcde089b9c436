using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Transfer;

/// <summary>
/// The child moves to another council's area (SEND Regulations 2014, regulation 15): the caseworker records the move,
/// then downloads the plan's package to send to the new council, on the day of the move or within 15 working days of
/// learning of it.
/// </summary>
public sealed class OutModel(PortalDbContext db, PlanTransfers transfers, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public DateInput MoveOn { get; set; } = new();

    [BindProperty]
    public DateInput LearnedOn { get; set; } = new();

    [BindProperty]
    [Display(Name = "The council the child is moving to")]
    public string? NewCouncil { get; set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The case whose plan the council maintains (or transferred); null when there is no final plan.</summary>
    public AssessmentCase? Case { get; private set; }

    /// <summary>Whether the portal holds a final plan to put in the package (a plan kept only in the previous system does not).</summary>
    public bool HasFinalVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        LearnedOn = DateInput.From(clock.UkToday());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case is null || !Case.MayRecordMoveOut)
        {
            // Nothing to record, or a repeated post: this page shows the move already recorded.
            return Case?.MoveOutOn is not null ? Redirect($"/children/{ChildId}/transfer/out") : Page();
        }

        // Every check is made here, in the order of the form. The error summary lists errors in the order of ModelState's
        // keys (shorter keys first), so the fields' names grow longer down the form: MoveOn, LearnedOn, NewCouncil.
        ModelState.Clear();
        var today = clock.UkToday();
        var move = MoveOn.Validate(ModelState, nameof(MoveOn), "the date of the move");
        if (move is { } m && m < Case.FinalPlanIssuedOn)
        {
            ModelState.AddModelError(nameof(MoveOn), $"The date of the move must be on or after the final plan was issued, {Case.FinalPlanIssuedOn!.Value.ToUkDate()}");
        }
        else if (move is { } far && far > today.AddYears(1))
        {
            ModelState.AddModelError(nameof(MoveOn), "The date of the move must be within a year from today");
        }

        var learned = LearnedOn.Validate(ModelState, nameof(LearnedOn), "the date the council learned of the move");
        if (learned is { } l && l > today)
        {
            ModelState.AddModelError(nameof(LearnedOn), "The date the council learned of the move must be today or in the past");
        }
        else if (learned is { } early && early < Case.FinalPlanIssuedOn)
        {
            ModelState.AddModelError(nameof(LearnedOn), $"The date the council learned of the move must be on or after the final plan was issued, {Case.FinalPlanIssuedOn!.Value.ToUkDate()}");
        }

        if (string.IsNullOrWhiteSpace(NewCouncil))
        {
            ModelState.AddModelError(nameof(NewCouncil), "Enter the council the child is moving to");
        }
        else if (NewCouncil.Trim().Length > AssessmentCase.CouncilNameMaxLength)
        {
            ModelState.AddModelError(nameof(NewCouncil), "The council's name must be 200 characters or fewer");
        }
        else if (string.Equals(NewCouncil.Trim(), PlanTransfers.Council, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(NewCouncil), "Enter the council the child is moving to, not this one");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await transfers.RecordMoveOutAsync(Case, move!.Value, learned!.Value, NewCouncil!, User, cancellationToken))
        {
            TempData["Success"] = $"The move is recorded. Send the plan to {NewCouncil!.Trim()} by {Case.TransferOutDue!.Value.ToUkDate()}";
        }

        return Redirect($"/children/{ChildId}/transfer/out");
    }

    /// <summary>The package, as a file; the first download records the plan as transferred today.</summary>
    public async Task<IActionResult> OnPostPackageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case?.MoveOutOn is null || !HasFinalVersion)
        {
            return Redirect($"/children/{ChildId}/transfer/out");
        }

        var download = await transfers.DownloadAsync(Case, User, cancellationToken);
        return File(download.Content, "application/json", download.FileName);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        Case = await transfers.CaseOfAsync(ChildId, cancellationToken);
        HasFinalVersion = Case is not null && await transfers.HasFinalVersionAsync(ChildId, cancellationToken);
    }
}
