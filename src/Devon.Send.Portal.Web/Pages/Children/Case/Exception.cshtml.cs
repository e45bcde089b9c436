using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Pages.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// Records that an exception to the 16- and 20-week time limits applies to an assessment (Reg 10(4), 13(3)), with its
/// legal basis and what the family is told (CoP 9.43): the family is notified at once.
/// </summary>
public sealed class ExceptionModel(PortalDbContext db, AssessmentRequests requests) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Bases =
    [
        .. new[] { TimescaleExceptionBasis.SchoolOrSettingClosure, TimescaleExceptionBasis.ExceptionalPersonalCircumstances, TimescaleExceptionBasis.FamilyAwayFromArea }
            .Select(b => (b.ToString(), string.Concat(b.Description()[..1].ToUpperInvariant(), b.Description()[1..]))),
    ];

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select why the time limit does not apply")]
    public string? Basis { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter what the family should be told")]
    [StringLength(TimescaleException.DetailsMaxLength, ErrorMessage = "What the family is told must be 1,000 characters or fewer")]
    [Display(Name = "What the family is told")]
    public string? Details { get; set; }

    public string ChildName { get; private set; } = "";
    public AssessmentCase? Case { get; private set; }

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
        else if (basis is { } b && Case.TimescaleExceptions.Any(e => e.LegalBasis == b))
        {
            ModelState.AddModelError(nameof(Basis), $"This exception is already recorded for the case: {b.Description()}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await requests.RecordExceptionAsync(Case, basis!.Value, Details!, User, cancellationToken);
        TempData["Success"] = "The exception has been recorded. The family has been told";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        Case = await db.AssessmentCases.Include(c => c.TimescaleExceptions)
            .Where(c => c.ChildId == ChildId && c.ClosedOn == null && c.RefusedOn == null && c.FinalPlanIssuedOn == null)
            .OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        return true;
    }
}
