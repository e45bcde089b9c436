using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Pages.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// Mediation about the case's latest decision the family can appeal: the family (or the caseworker for them) records
/// contacting the mediation adviser, whether they chose mediation, when they told the council, when it was held and the
/// certificate's date. The last day to appeal moves to 1 month after the certificate when that is later.
/// </summary>
public sealed class MediationModel(PortalDbContext db, AssessmentRequests requests, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
        [("yes", "Yes, we want mediation"), ("no", "No, we only need the certificate so we can appeal")];

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public DateInput AdviserContactedOn { get; set; } = new();

    [BindProperty]
    public string? Pursued { get; set; }

    [BindProperty]
    public DateInput CouncilToldOn { get; set; } = new();

    [BindProperty]
    public DateInput HeldOn { get; set; } = new();

    [BindProperty]
    public DateInput CertificateOn { get; set; } = new();

    public string ChildName { get; private set; } = "";
    public bool IsFamily { get; private set; }
    public AssessmentCase? Case { get; private set; }

    /// <summary>The decision the mediation is about.</summary>
    public DateOnly DecisionOn => Case!.AppealableDecisionOn!.Value;

    public string DecisionDescription => TribunalAppeals.Describe(Case!);

    public DateOnly AppealBy => StatutoryClock.AppealDue(DecisionOn, Case!.CurrentMediation?.CertificateOn);

    /// <summary>Mediation can be recorded while the time to appeal is open, and brought up to date once recorded.</summary>
    public bool CanRecord => Case!.CurrentMediation is not null || StatutoryClock.AppealDue(DecisionOn, null) >= clock.UkToday();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case?.CurrentMediation is { } m)
        {
            AdviserContactedOn = DateInput.From(m.AdviserContactedOn);
            Pursued = m.Pursued ? "yes" : "no";
            CouncilToldOn = m.CouncilToldOn is { } told ? DateInput.From(told) : new();
            HeldOn = m.HeldOn is { } held ? DateInput.From(held) : new();
            CertificateOn = m.CertificateOn is { } certificate ? DateInput.From(certificate) : new();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case is null || !CanRecord)
        {
            return Page();
        }

        // Every check is made here, in the order of the form, so the error summary lists the problems in that order.
        ModelState.Clear();
        var contacted = AdviserContactedOn.Validate(ModelState, nameof(AdviserContactedOn), "the date you contacted the mediation adviser");
        if (Choices.All(c => c.Value != Pursued))
        {
            ModelState.AddModelError(nameof(Pursued), "Select whether you want mediation");
        }

        var told = CouncilToldOn.IsEmpty ? null : CouncilToldOn.Validate(ModelState, nameof(CouncilToldOn), "the date you told the council");
        var held = HeldOn.IsEmpty ? null : HeldOn.Validate(ModelState, nameof(HeldOn), "the date of the mediation");
        var certificate = CertificateOn.IsEmpty ? null : CertificateOn.Validate(ModelState, nameof(CertificateOn), "the date of the certificate");
        if (contacted is { } day)
        {
            foreach (var (field, problem) in Mediation.Problems(DecisionOn, clock.UkToday(), day, Pursued == "yes", told, held, certificate))
            {
                ModelState.AddModelError(field, problem);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var appealBy = await requests.RecordMediationAsync(Case, contacted!.Value, Pursued == "yes", told, held, certificate, User, cancellationToken);
        TempData["Success"] = $"The mediation has been recorded. The last day to appeal to the SEND Tribunal is {appealBy.ToUkDate()}";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        IsFamily = PortalRoles.Families.Any(User.IsInRole);
        var latest = await db.AssessmentCases.Include(c => c.Mediations).Include(c => c.Cessations).Where(c => c.ChildId == ChildId)
            .OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        Case = latest?.AppealableDecisionOn is null ? null : latest;
    }
}
