using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan.Cease;

/// <summary>What every cease page loads: the child's name and the case with a final plan, its proposals and mediations.</summary>
public abstract class CeasePageModel(PlanCessations cessations) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public CeasedCase? Ceased { get; private set; }
    public PlanCessation? Current => Ceased?.Current;

    protected PlanCessations Cessations => cessations;

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        (ChildName, Ceased) = await cessations.CaseOfAsync(ChildId, cancellationToken);
    }

    protected void AddProblems(IEnumerable<(string Field, string Problem)> problems)
    {
        foreach (var (field, problem) in problems)
        {
            ModelState.AddModelError(field, problem);
        }
    }
}
