using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Pages.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// Records that an exception to time limits applies to an assessment (Reg 5(4), 8(2), 10(4), 13(3)), or to the council's
/// steps after a Tribunal order or an appeal it did not oppose (Reg 44(3), 45): its legal basis, its period, the limits
/// it made impractical to meet, and what the family is told (CoP 9.43). The family is notified at once.
/// </summary>
public sealed class ExceptionModel(PortalDbContext db, AssessmentRequests requests, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Bases =
    [
        .. new[] { TimescaleExceptionBasis.SchoolOrSettingClosure, TimescaleExceptionBasis.ExceptionalPersonalCircumstances, TimescaleExceptionBasis.FamilyAwayFromArea, TimescaleExceptionBasis.MissedAppointment }
            .Select(b => (b.ToString(), string.Concat(b.Description()[..1].ToUpperInvariant(), b.Description()[1..]))),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> LimitOptions =
    [
        .. TimescaleExceptionBases.EachLimit.Select(l => (l.ToString(), $"{char.ToUpperInvariant(l.Describe()[0])}{l.Describe()[1..]}: {l.Regulation()}")),
    ];

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select why the time limit does not apply")]
    public string? Basis { get; set; }

    [BindProperty]
    public List<string> Limits { get; set; } = [];

    [BindProperty]
    public DateInput From { get; set; } = new();

    [BindProperty]
    public DateInput To { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Enter what the family should be told")]
    [StringLength(TimescaleException.DetailsMaxLength, ErrorMessage = "What the family is told must be 1,000 characters or fewer")]
    [Display(Name = "What the family is told")]
    public string? Details { get; set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The case whose limits can be lifted: one being assessed, or one whose Tribunal appeal binds the council.</summary>
    public AssessmentCase? Case { get; private set; }

    /// <summary>The latest appeal whose outcome binds the council, if any: its steps can be lifted too.</summary>
    public TribunalAppeal? Appeal { get; private set; }

    /// <summary>The limits this case has running: the assessment's while it is assessed, and the Tribunal's after an appeal that binds the council.</summary>
    public IReadOnlyList<(string Value, string Label)> LimitChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Case is null)
        {
            return Page();
        }

        TimescaleExceptionBasis? basis = Bases.Any(b => b.Value == Basis) ? Enum.Parse<TimescaleExceptionBasis>(Basis!) : null;
        if (Basis is not null && basis is null)
        {
            ModelState.AddModelError(nameof(Basis), "Select why the time limit does not apply");
        }
        var limits = Limits.Select(l => Enum.TryParse<ExceptionLimits>(l, out var limit) && LimitChoices.Any(c => c.Value == limit.ToString()) ? limit : ExceptionLimits.None).ToList();
        if (limits.Count == 0 || limits.Contains(ExceptionLimits.None))
        {
            ModelState.AddModelError(nameof(Limits), "Select which time limits it made impractical to meet");
        }
        else if (basis is { } chosen && limits.FirstOrDefault(l => !l.Allows(chosen)) is var refused && refused != ExceptionLimits.None)
        {
            ModelState.AddModelError(nameof(Limits), chosen == TimescaleExceptionBasis.MissedAppointment && refused == ExceptionLimits.DecisionToAssess
                ? $"A missed appointment is not a reason to lift {refused.Describe()} ({refused.Regulation()})"
                : $"Only exceptional personal circumstances or the family being away from the area for 2 weeks or more can lift {refused.Describe()} ({refused.Regulation()})");
        }

        var from = From.Validate(ModelState, nameof(From), "the date the circumstances began");
        var to = To.IsEmpty ? null : To.Validate(ModelState, nameof(To), "the date the circumstances ended");
        if (from is { } begun && begun > clock.UkToday())
        {
            ModelState.AddModelError(nameof(From), "The date the circumstances began must be today or in the past");
        }

        if (from is { } first && to is { } last && last < first)
        {
            ModelState.AddModelError(nameof(To), "The date the circumstances ended must be the same as or after the date they began");
        }
        else if (to is { } ended && ended < Case.RequestReceivedOn)
        {
            ModelState.AddModelError(nameof(To), $"The circumstances ended before the request was received on {Case.RequestReceivedOn.ToUkDate()}, so they cannot affect its time limits");
        }
        else if (basis == TimescaleExceptionBasis.FamilyAwayFromArea && from is { } away && to is { } back
            && limits.Any(l => (l & TimescaleExceptionBases.TribunalLimits) != 0) && back.DayNumber - away.DayNumber + 1 < TimescaleExceptionBases.MinimumAbsenceDays(TimescaleExceptionBases.TribunalLimits))
        {
            ModelState.AddModelError(nameof(To), "After a Tribunal appeal the family must have been away from the area for a continuous period of 2 weeks or more (SEND Regulations 2014, regulation 44(3))");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var affected = limits.Aggregate(ExceptionLimits.None, (all, l) => all | l);
        await requests.RecordExceptionAsync(Case, basis!.Value, affected, from!.Value, to, Details!, User, cancellationToken);
        TempData["Success"] = "The exception has been recorded. The family has been told";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var latest = await db.AssessmentCases.Include(c => c.TimescaleExceptions).Include(c => c.Appeals)
            .Where(c => c.ChildId == ChildId).OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        var assessing = latest is { ClosedOn: null, RefusedOn: null, FinalPlanIssuedOn: null };
        Appeal = latest?.Appeals.Where(a => a.BindsCouncil).MaxBy(a => a.OutcomeOn);
        var tribunalLimit = Appeal?.Outcome == AppealOutcome.Unopposed ? ExceptionLimits.UnopposedAppeal : ExceptionLimits.TribunalOrder;
        LimitChoices = [.. (assessing ? LimitOptions : []), .. (Appeal is null ? [] : new[] { (tribunalLimit.ToString(), $"{char.ToUpperInvariant(tribunalLimit.Describe()[0])}{tribunalLimit.Describe()[1..]}: {tribunalLimit.Regulation()}") })];
        Case = LimitChoices.Count > 0 ? latest : null;
        return true;
    }
}
