using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Case;

/// <summary>
/// The caseworker records the agreement a mediation reached (SEND Regulations 2014, regulation 42): when it was made,
/// what it requires of the council, any time agreed in writing instead of the regulation's, and when the council did it.
/// The case page shows each thing owed with its last day, late like any other deadline. Saving again updates it.
/// </summary>
public sealed class MediationAgreementModel(PortalDbContext db, CaseNotifications notifications, AuditLog audit, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> AgreementOptions =
    [
        (nameof(TribunalOrders.Assess), "Make an assessment or reassessment (as regulation 44(2)(b): the family told in 2 weeks)"),
        (nameof(TribunalOrders.MakePlan), "Make and maintain an EHC plan (as regulation 44(2)(c): a draft in 5 weeks, the final plan in 11)"),
        (nameof(TribunalOrders.Reconsider), "Reconsider the decision (as regulation 44(2)(d): 2 weeks)"),
        (nameof(TribunalOrders.AmendProvision), "Amend the plan's special educational provision (as regulation 44(2)(e): 5 weeks)"),
        (nameof(TribunalOrders.AmendPlacement), "Amend the school or other institution named (as regulation 44(2)(f): 2 weeks)"),
    ];

    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(AgreementOn), nameof(WhatWasAgreed), nameof(AgreedOther), nameof(AgreedDueOn), nameof(DoneOn)];

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty]
    public DateInput AgreementOn { get; set; } = new();

    [BindProperty]
    public List<string> WhatWasAgreed { get; set; } = [];

    [BindProperty]
    [Display(Name = "Anything else the council agreed to do (optional)")]
    public string? AgreedOther { get; set; }

    [BindProperty]
    public DateInput AgreedDueOn { get; set; } = new();

    [BindProperty]
    public DateInput DoneOn { get; set; } = new();

    public string ChildName { get; private set; } = "";
    public AssessmentCase? Case { get; private set; }

    /// <summary>The mediation that was held, latest first: the one whose agreement this records.</summary>
    public Mediation? Held { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Held is { AgreementOn: { } agreed } m)
        {
            AgreementOn = DateInput.From(agreed);
            WhatWasAgreed = [.. AgreementOptions.Select(o => o.Value).Where(v => m.AgreedOrders.HasFlag(Enum.Parse<TribunalOrders>(v)))];
            AgreedOther = m.AgreedOther;
            AgreedDueOn = m.AgreedDueOn is { } due ? DateInput.From(due) : new();
            DoneOn = m.AgreementDoneOn is { } done ? DateInput.From(done) : new();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Held is null)
        {
            return Page();
        }

        ModelState.Clear();
        var today = clock.UkToday();
        var agreed = AgreementOn.Validate(ModelState, nameof(AgreementOn), "the date of the agreement");
        if (agreed is { } a && a > today)
        {
            ModelState.AddModelError(nameof(AgreementOn), "The date of the agreement must be today or in the past");
        }
        else if (agreed is { } early && early < Held.HeldOn)
        {
            ModelState.AddModelError(nameof(AgreementOn), $"The date of the agreement must be on or after the date of the mediation, {Held.HeldOn!.Value.ToUkDate()}");
        }

        var orders = TribunalOrders.None;
        foreach (var value in WhatWasAgreed.Where(v => AgreementOptions.Any(o => o.Value == v)))
        {
            orders |= Enum.Parse<TribunalOrders>(value);
        }

        var other = string.IsNullOrWhiteSpace(AgreedOther) ? null : AgreedOther.Trim();
        if (orders == TribunalOrders.None && other is null)
        {
            ModelState.AddModelError(nameof(WhatWasAgreed), "Select what the council agreed to do, or say what else it agreed to do");
        }

        if (other is { Length: > Mediation.AgreedOtherMaxLength })
        {
            ModelState.AddModelError(nameof(AgreedOther), "What else the council agreed to do must be 1,000 characters or fewer");
        }

        var due = AgreedDueOn.IsEmpty ? null : AgreedDueOn.Validate(ModelState, nameof(AgreedDueOn), "the date agreed in writing");
        if (due is { } d && agreed is { } from && d < from)
        {
            ModelState.AddModelError(nameof(AgreedDueOn), "The date agreed in writing must be on or after the date of the agreement");
        }

        var done = DoneOn.IsEmpty ? null : DoneOn.Validate(ModelState, nameof(DoneOn), "the date the council did what was agreed");
        if (done is { } x && x > today)
        {
            ModelState.AddModelError(nameof(DoneOn), "The date the council did what was agreed must be today or in the past");
        }
        else if (done is { } y && agreed is { } since && y < since)
        {
            ModelState.AddModelError(nameof(DoneOn), "The date the council did what was agreed must be on or after the date of the agreement");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var first = Held.AgreementOn is null;
        Held.AgreementOn = agreed;
        Held.AgreedOrders = orders;
        Held.AgreedOther = other;
        Held.AgreedDueOn = due;
        Held.AgreementDoneOn = done;
        Held.RecordedById = User.UserId();
        Held.RecordedAt = clock.GetUtcNow();
        var owed = AssessmentDeadlines.MediationAgreements(Case!, today).OrderBy(s => s.Due).ToList();
        if (first && owed.FirstOrDefault(s => s.IsOpen) is { } next)
        {
            await notifications.AddAsync(ChildId, Audience.Family | Audience.Caseworker, NotificationKind.MediationRecorded,
                NotificationWording.MediationAgreementRecorded(await notifications.GivenNameAsync(ChildId, cancellationToken), next.Subject, next.Due), $"/children/{ChildId}/case", User.UserId(), cancellationToken);
        }

        audit.Add(AuditKind.RecordChanged, $"Mediation agreement {(first ? "recorded" : "changed")} (SEND Regulations 2014, regulation 42): {string.Join("; ", owed.Select(s => $"{s.What} by {s.Due.ToUkDate()}"))}", User, ChildId);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = "The mediation agreement has been recorded. The case page shows what the council must do and by when";
        return Redirect($"/children/{ChildId}/case");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        Case = await db.AssessmentCases.Include(c => c.Mediations).Include(c => c.Cessations).Where(c => c.ChildId == ChildId)
            .OrderByDescending(c => c.RequestReceivedOn).FirstOrDefaultAsync(cancellationToken);
        Held = Case?.Mediations.Where(m => m.HeldOn is not null).OrderByDescending(m => m.HeldOn).FirstOrDefault();
    }
}
