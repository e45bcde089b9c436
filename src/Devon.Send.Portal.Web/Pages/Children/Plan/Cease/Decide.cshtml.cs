using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>
/// The caseworker's decision after the consultation (Reg 31(2), (3)): stop maintaining the plan, with reasons and the day
/// the notice went out, from which the family's 2 months to appeal run; or keep it. For a young person aged 18 or over
/// whose plan is said to be no longer necessary, whether the outcomes were achieved is recorded (s45(3)).
/// </summary>
public sealed class DecideModel(PlanCessations cessations, TimeProvider clock) : CeasePageModel(cessations)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
    [
        (nameof(CessationDecision.Cease), "Stop maintaining the plan"),
        (nameof(CessationDecision.Keep), "Keep the plan"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> YesNo = [("yes", "Yes"), ("no", "No")];

    /// <summary>The form's fields in order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Fields = [nameof(Decision), nameof(DecidedOn), nameof(Reasons), nameof(NoticeSentOn), nameof(OutcomesAchieved)];

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public DateInput DecidedOn { get; set; } = new();

    [BindProperty]
    [Display(Name = "Reasons for the decision")]
    public string? Reasons { get; set; }

    [BindProperty]
    public DateInput NoticeSentOn { get; set; } = new();

    [BindProperty]
    public string? OutcomesAchieved { get; set; }

    /// <summary>The young person is 18 or over today: s45(3) asks whether the outcomes were achieved.</summary>
    public bool AsksAboutOutcomes => Ceased is { } c && Current is { Ground: CessationGround.NoLongerNecessary } && PlanCessation.IsEighteenOrOver(c.DateOfBirth, clock.UkToday());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        DecidedOn = DateInput.From(clock.UkToday());
        NoticeSentOn = DateInput.From(clock.UkToday());
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Ceased is null || Current is null)
        {
            return Page();
        }

        if (!Current.IsOpen)
        {
            // A repeated post (a double click, a retry): the decision is recorded, and the cease page shows it.
            return Redirect($"/children/{ChildId}/plan/cease");
        }

        ModelState.Clear();
        CessationDecision? decision = Enum.TryParse<CessationDecision>(Decision, out var d) && Enum.IsDefined(d) ? d : null;
        bool? outcomes = OutcomesAchieved switch { "yes" => true, "no" => false, _ => null };
        var errors = new ModelStateDictionary();
        var decided = DecidedOn.Validate(errors, nameof(DecidedOn), "the date of the decision");
        var notice = decision == CessationDecision.Cease ? NoticeSentOn.Validate(errors, nameof(NoticeSentOn), "the date the decision was sent") : null;
        var problems = Current.DecisionProblems(clock.UkToday(), Ceased.DateOfBirth, decision, decided, notice, outcomes);

        // Checked here rather than by attributes, so the error summary lists the problems in the order of the form.
        if (decision is null)
        {
            ModelState.AddModelError(nameof(Decision), "Select your decision");
        }

        foreach (var field in new[] { nameof(Decision), nameof(DecidedOn), nameof(Reasons), nameof(NoticeSentOn), nameof(OutcomesAchieved) })
        {
            if (field == nameof(Reasons))
            {
                if (string.IsNullOrWhiteSpace(Reasons))
                {
                    ModelState.AddModelError(nameof(Reasons), "Enter the reasons for the decision");
                }
                else if (Reasons.Length > PlanCessation.TextMaxLength)
                {
                    ModelState.AddModelError(nameof(Reasons), "The reasons must be 4,000 characters or fewer");
                }

                continue;
            }

            var problem = errors[field]?.Errors.FirstOrDefault()?.ErrorMessage ?? problems.Where(p => p.Field == field).Select(p => p.Problem).FirstOrDefault();
            if (problem is not null && !(field == nameof(Decision) && decision is null))
            {
                ModelState.AddModelError(field, problem);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await Cessations.DecideAsync(Ceased, Current, decision!.Value, decided!.Value, Reasons!, notice, outcomes, User, cancellationToken))
        {
            return Redirect($"/children/{ChildId}/plan/cease");
        }

        TempData["Success"] = decision == CessationDecision.Cease
            ? $"The decision to stop the plan has been recorded and the family told they can appeal by {StatutoryClock.AppealDue(notice!.Value, null).ToUkDate()}. The plan is maintained until then"
            : "The decision to keep the plan has been recorded and the family told";
        return Redirect($"/children/{ChildId}/plan/cease");
    }
}
