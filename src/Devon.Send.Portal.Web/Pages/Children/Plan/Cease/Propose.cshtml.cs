using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>
/// The caseworker proposes to stop maintaining the plan (s45(1); Reg 31(1)): on which ground, why, when the family was told,
/// and when the head teacher or principal of the named school or college was consulted. The family is told at once.
/// </summary>
public sealed class ProposeModel(PlanCessations cessations, TimeProvider clock) : CeasePageModel(cessations)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Grounds =
    [
        (nameof(CessationGround.NoLongerNecessary), "The plan is no longer necessary: the special educational provision can be made without it"),
        (nameof(CessationGround.NoLongerResponsible), "The council is no longer responsible: for example the young person has started higher education or paid work, or is 25"),
    ];

    /// <summary>The annual review whose decision led here, if one did.</summary>
    [FromQuery(Name = "review")]
    public int? Review { get; set; }

    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(Ground), nameof(LeftEducationOn), nameof(Reasons), nameof(ProposedOn), nameof(SchoolConsultedOn)];

    [BindProperty]
    public string? Ground { get; set; }

    [BindProperty]
    public DateInput LeftEducationOn { get; set; } = new();

    [BindProperty]
    [Display(Name = "Why the council is considering stopping the plan")]
    public string? Reasons { get; set; }

    [BindProperty]
    public DateInput ProposedOn { get; set; } = new();

    [BindProperty]
    public DateInput SchoolConsultedOn { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ProposedOn = DateInput.From(clock.UkToday());
        if (Review is { } number && Ceased?.Case is { } c)
        {
            Reasons = await Cessations.ReviewReasonsAsync(c, number, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Ceased is null || !Ceased.Case.MayProposeCessation)
        {
            // Nothing to propose on, or a proposal was saved a moment ago: the cease page shows where it stands.
            return Ceased is null ? Page() : Redirect($"/children/{ChildId}/plan/cease");
        }

        // Checked here rather than by attributes, so the error summary lists the problems in the order of the form.
        ModelState.Clear();
        CessationGround? ground = Enum.TryParse<CessationGround>(Ground, out var g) && Enum.IsDefined(g) ? g : null;
        var errors = new ModelStateDictionary();
        var proposed = ProposedOn.Validate(errors, nameof(ProposedOn), "the date the family was told");
        var school = SchoolConsultedOn.IsEmpty ? null : SchoolConsultedOn.Validate(errors, nameof(SchoolConsultedOn), "the date the school or college was consulted");
        var left = LeftEducationOn.IsEmpty ? null : LeftEducationOn.Validate(errors, nameof(LeftEducationOn), "the date they stopped attending");
        var problems = PlanCessation.ProposalProblems(Ceased.Case.FinalPlanIssuedOn!.Value, clock.UkToday(), Ceased.DateOfBirth, ground, proposed, school,
            left, Ceased.Case.LastAnnualReviewOn);
        string? ProblemWith(string field) =>
            errors[field]?.Errors.FirstOrDefault()?.ErrorMessage ?? problems.Where(p => p.Field == field).Select(p => p.Problem).FirstOrDefault();

        // Checked here rather than by attributes, so the error summary lists the problems in the order of the form.
        if (ground is null)
        {
            ModelState.AddModelError(nameof(Ground), "Select why the council is considering stopping the plan");
        }
        else if (ProblemWith(nameof(Ground)) is { } groundProblem)
        {
            ModelState.AddModelError(nameof(Ground), groundProblem);
        }

        if (string.IsNullOrWhiteSpace(Reasons))
        {
            ModelState.AddModelError(nameof(Reasons), "Enter why the council is considering stopping the plan");
        }
        else if (Reasons.Length > PlanCessation.TextMaxLength)
        {
            ModelState.AddModelError(nameof(Reasons), "The reasons must be 4,000 characters or fewer");
        }

        if (ProblemWith(nameof(LeftEducationOn)) is { } leftProblem)
        {
            ModelState.AddModelError(nameof(LeftEducationOn), leftProblem);
        }

        foreach (var field in new[] { nameof(ProposedOn), nameof(SchoolConsultedOn) })
        {
            if (ProblemWith(field) is { } problem)
            {
                ModelState.AddModelError(field, problem);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await Cessations.ProposeAsync(Ceased, ground!.Value, proposed!.Value, Reasons!, school, Review, User, left, cancellationToken))
        {
            return Redirect($"/children/{ChildId}/plan/cease");
        }

        TempData["Success"] = school is null
            ? "The proposal has been recorded and the family told. Consult the school or college named in the plan before you decide"
            : "The proposal has been recorded and the family told. Record their views and the school's as they arrive";
        return Redirect($"/children/{ChildId}/plan/cease");
    }
}
