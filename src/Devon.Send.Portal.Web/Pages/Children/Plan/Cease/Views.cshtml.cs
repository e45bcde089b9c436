using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>
/// The consultation on a proposal to cease (Reg 31(1)(b), (c)): the family member who holds the rights gives the family's
/// views; the caseworker records them for the family, and records when the school or college was consulted and its views.
/// </summary>
public sealed class ViewsModel(PlanCessations cessations, TimeProvider clock) : CeasePageModel(cessations)
{
    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(FamilyViews), nameof(FamilyViewsOn), nameof(SchoolConsultedOn), nameof(SchoolViews), nameof(SchoolViewsOn)];

    [BindProperty]
    [Display(Name = "Your views")]
    public string? FamilyViews { get; set; }

    [BindProperty]
    public DateInput FamilyViewsOn { get; set; } = new();

    [BindProperty]
    public DateInput SchoolConsultedOn { get; set; } = new();

    [BindProperty]
    [Display(Name = "The school or college's views")]
    public string? SchoolViews { get; set; }

    [BindProperty]
    public DateInput SchoolViewsOn { get; set; } = new();

    /// <summary>The caseworker records the school's part and the dates; the family gives only their views, dated the day they give them.</summary>
    public bool IsCaseworker { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        IsCaseworker = HttpContext.ChildPermissions().CanManage;
        if (Current is { IsOpen: true } open)
        {
            FamilyViews = open.FamilyViews;
            FamilyViewsOn = open.FamilyViewsOn is { } f ? DateInput.From(f) : new();
            SchoolConsultedOn = open.SchoolConsultedOn is { } c ? DateInput.From(c) : new();
            SchoolViews = open.SchoolViews;
            SchoolViewsOn = open.SchoolViewsOn is { } s ? DateInput.From(s) : new();
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        IsCaseworker = HttpContext.ChildPermissions().CanManage;
        if (Ceased is null || Current is not { IsOpen: true } open)
        {
            return Page();
        }

        ModelState.Clear();
        var today = clock.UkToday();
        DateOnly? familyOn = today, consulted = null, schoolOn = null;
        if (string.IsNullOrWhiteSpace(FamilyViews) && !IsCaseworker)
        {
            ModelState.AddModelError(nameof(FamilyViews), "Enter your views");
        }

        TooLong(nameof(FamilyViews), FamilyViews, "The views");
        if (IsCaseworker)
        {
            familyOn = Dated(nameof(FamilyViewsOn), FamilyViewsOn, !string.IsNullOrWhiteSpace(FamilyViews), "the date the family gave their views", open.ProposedOn, today);
            consulted = SchoolConsultedOn.IsEmpty ? null : Dated(nameof(SchoolConsultedOn), SchoolConsultedOn, true, "the date the school or college was consulted", open.ProposedOn, today);
            TooLong(nameof(SchoolViews), SchoolViews, "The school or college's views");
            schoolOn = Dated(nameof(SchoolViewsOn), SchoolViewsOn, !string.IsNullOrWhiteSpace(SchoolViews), "the date the school or college gave its views", consulted ?? open.ProposedOn, today);
            if (!string.IsNullOrWhiteSpace(SchoolViews) && consulted is null && SchoolConsultedOn.IsEmpty)
            {
                ModelState.AddModelError(nameof(SchoolConsultedOn), "Enter the date the school or college was consulted");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await Cessations.RecordViewsAsync(Ceased, open, FamilyViews, familyOn, consulted, SchoolViews, schoolOn, IsCaseworker, User, cancellationToken);
        TempData["Success"] = IsCaseworker ? "The views have been saved" : "Thank you. Your views have been sent to the council, which must consider them before it decides";
        return Redirect($"/children/{ChildId}/plan/cease");
    }

    private void TooLong(string field, string? text, string name)
    {
        if (text?.Length > PlanCessation.TextMaxLength)
        {
            ModelState.AddModelError(field, $"{name} must be 4,000 characters or fewer");
        }
    }

    /// <summary>A date needed only when its text is given; today or earlier, and not before <paramref name="notBefore"/>.</summary>
    private DateOnly? Dated(string field, DateInput input, bool needed, string name, DateOnly notBefore, DateOnly today)
    {
        if (!needed && input.IsEmpty)
        {
            return null;
        }

        var errors = new ModelStateDictionary();
        var day = input.Validate(errors, field, name);
        if (errors[field]?.Errors.FirstOrDefault() is { } error)
        {
            ModelState.AddModelError(field, error.ErrorMessage);
        }
        else if (day > today)
        {
            ModelState.AddModelError(field, $"{char.ToUpperInvariant(name[0])}{name[1..]} must be today or in the past");
        }
        else if (day < notBefore)
        {
            ModelState.AddModelError(field, $"{char.ToUpperInvariant(name[0])}{name[1..]} must be on or after {notBefore.ToUkDate()}");
        }

        return day;
    }
}
