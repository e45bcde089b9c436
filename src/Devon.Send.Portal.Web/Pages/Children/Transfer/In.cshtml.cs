using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Transfer;

/// <summary>
/// A plan taken in from another council (SEND Regulations 2014, regulation 15): within 6 weeks of the transfer the
/// caseworker tells the family the plan has transferred, whether the council proposes to assess the child's needs and
/// when it will review the plan, which must be before the later of 12 months from the plan or its last review and
/// 3 months from the transfer (Reg 15(4), (5)).
/// </summary>
public sealed class InModel(PortalDbContext db, PlanTransfers transfers, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
        [("yes", "Yes, the council will assess the child's needs again"), ("no", "No, the council will keep the plan as it is until the review")];

    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(ToldOn), nameof(Reassessing), nameof(ReviewBy)];

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public DateInput ToldOn { get; set; } = new();

    [BindProperty]
    public string? Reassessing { get; set; }

    [BindProperty]
    public DateInput ReviewBy { get; set; } = new();

    public string ChildName { get; private set; } = "";

    /// <summary>The case whose plan the council maintains; a plan taken in from another council has <see cref="AssessmentCase.TransferredInOn"/>.</summary>
    public AssessmentCase? Case { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ToldOn = DateInput.From(clock.UkToday());
        if (Case?.ReviewDue is { } due)
        {
            ReviewBy = DateInput.From(due);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case is null || !Case.MayRecordTransferNotice)
        {
            // Nothing to record, or a repeated post: this page shows the notice already recorded.
            return Case?.TransferNoticeOn is not null ? Redirect($"/children/{ChildId}/transfer/in") : Page();
        }

        ModelState.Clear();
        var today = clock.UkToday();
        var transferred = Case.TransferredInOn!.Value;
        var told = ToldOn.Validate(ModelState, nameof(ToldOn), "the date the family was told");
        if (told is { } t && t > today)
        {
            ModelState.AddModelError(nameof(ToldOn), "The date the family was told must be today or in the past");
        }
        else if (told is { } early && early < transferred)
        {
            ModelState.AddModelError(nameof(ToldOn), $"The date the family was told must be on or after the plan arrived, {transferred.ToUkDate()}");
        }

        if (Choices.All(c => c.Value != Reassessing))
        {
            ModelState.AddModelError(nameof(Reassessing), "Select whether the council will assess the child's needs again");
        }

        var reviewBy = ReviewBy.Validate(ModelState, nameof(ReviewBy), "the date the plan will be reviewed by");
        var limit = Case.ReviewDue!.Value;
        if (reviewBy is { } late && late > limit)
        {
            ModelState.AddModelError(nameof(ReviewBy), $"The review must be by {limit.ToUkDate()}, the last day the law allows");
        }
        else if (reviewBy is { } past && past < (told ?? today))
        {
            ModelState.AddModelError(nameof(ReviewBy), "The date the plan will be reviewed by must be on or after the date the family was told");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await transfers.RecordTransferNoticeAsync(Case, told!.Value, Reassessing == "yes", reviewBy!.Value, User, cancellationToken))
        {
            TempData["Success"] = $"The notice is recorded. The review is due by {reviewBy.Value.ToUkDate()}";
        }

        return Redirect($"/children/{ChildId}/transfer/in");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        Case = await transfers.CaseOfAsync(ChildId, cancellationToken);
    }
}
