using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// The caseworker records the day the council did a step that a Tribunal order or an unopposed appeal requires, where
/// the portal has no record of its own (a plan issued in the portal, or a decision not to issue one, meets its step by itself).
/// </summary>
public sealed class TribunalStepModel(PortalDbContext db, TribunalAppeals appeals, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public string? Step { get; set; }

    /// <summary>Named to sort after <see cref="Step"/>: the error summary lists model state keys in ordinal order.</summary>
    [BindProperty]
    public DateInput StepDoneOn { get; set; } = new();

    public string ChildName { get; private set; } = "";

    /// <summary>The latest appeal that binds the council, if any.</summary>
    public TribunalAppeal? Appeal { get; private set; }

    /// <summary>The steps the caseworker can record: those the appeal requires that the portal does not record itself.</summary>
    public IReadOnlyList<(string Value, string Label)> Steps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        StepDoneOn = DateInput.From(clock.UkToday());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Appeal is null)
        {
            return Page();
        }

        ModelState.Clear();
        ComplianceStep? step = Steps.Any(s => s.Value == Step) ? Enum.Parse<ComplianceStep>(Step!) : null;
        if (step is null)
        {
            ModelState.AddModelError(nameof(Step), "Select what the council did");
        }

        var done = StepDoneOn.Validate(ModelState, nameof(StepDoneOn), "the date it was done");
        if (done is { } day && day > clock.UkToday())
        {
            ModelState.AddModelError(nameof(StepDoneOn), "The date it was done must be today or in the past");
        }
        else if (done is { } early && early < Appeal.OutcomeOn)
        {
            ModelState.AddModelError(nameof(StepDoneOn), $"The date it was done must be on or after the date of the outcome, {Appeal.OutcomeOn!.Value.ToUkDate()}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await appeals.RecordStepAsync(ChildId, Appeal, step!.Value, done!.Value, User, cancellationToken);
        TempData["Success"] = $"Recorded: {TribunalDeadlines.Words(step.Value).Subject}, done on {done.Value.ToUkDate()}";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var latest = await db.AssessmentCases.Include(c => c.Appeals).Include(c => c.Cessations).Where(c => c.ChildId == ChildId)
            .OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        Appeal = latest?.Appeals.Where(a => a.BindsCouncil).MaxBy(a => a.OutcomeOn);
        if (latest is null || Appeal is null)
        {
            return;
        }

        Steps = [.. TribunalDeadlines.Required(Appeal)
            .Where(r => TribunalDeadlines.PortalRecord(latest, r.Step, Appeal.OutcomeOn!.Value) is null)
            .Select(r => (r.Step.ToString(), $"{Capitalised(TribunalDeadlines.Words(r.Step).Subject)}: due by {r.Due.ToUkDate()} ({r.LegalBasis})"))];
    }

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
