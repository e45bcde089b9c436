using Devon.Send.Portal.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Dashboard;

/// <summary>How an uploaded import is getting on, and what it did: the cases imported, or every problem with its line.</summary>
public sealed class ImportStatusModel(CaseImportJobs jobs) : PageModel
{
    public const string ProblemsId = "problems";

    public CaseImportJob Job { get; private set; } = null!;

    public IActionResult OnGet(Guid id)
    {
        if (jobs.Find(id, User.UserId()) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (job.Outcome is { Imported: false } outcome)
        {
            ModelState.AddModelError(ProblemsId, outcome.ProblemCount == 1
                ? "The file has 1 problem. Nothing was imported: put it right and upload the file again"
                : $"The file has {outcome.ProblemCount:N0} problems. Nothing was imported: put them right and upload the file again");
        }

        return Page();
    }
}
