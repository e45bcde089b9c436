using Devon.Send.Portal.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Dashboard;

/// <summary>A team manager uploads case history from the previous system; it is checked and imported in the background.</summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class ImportModel(CaseImportJobs jobs) : PageModel
{
    /// <summary>About 300,000 cases: more than any council's history.</summary>
    public const int MaxFileMegabytes = 20;
    public const long MaxFileBytes = MaxFileMegabytes * 1024L * 1024L;

    // Room for the form around the file, so that a file just over the limit gets a clear message rather than a refusal.
    private const long RequestLimit = MaxFileBytes + (1024 * 1024);

    /// <summary>Small files are usually imported by the time the page would have moved on; large ones show their progress.</summary>
    private static readonly TimeSpan WaitBeforeShowingProgress = TimeSpan.FromSeconds(2);

    [BindProperty]
    public IFormFile? CaseFile { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (CaseFile is null || CaseFile.Length == 0)
        {
            ModelState.AddModelError(nameof(CaseFile), CaseFile is null ? "Select a CSV file of case history" : "The selected file is empty");
        }
        else if (!Path.GetExtension(CaseFile.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(CaseFile), "The selected file must be a CSV file");
        }
        else if (CaseFile.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(CaseFile), $"The selected file must be smaller than {MaxFileMegabytes} MB");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var path = Path.Combine(Path.GetTempPath(), $"case-history-{Guid.NewGuid():N}.csv");
        await using (var saved = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await CaseFile!.CopyToAsync(saved, cancellationToken);
        }

        var job = jobs.Enqueue(User.UserId()!, Path.GetFileName(CaseFile.FileName), path);
        await Task.WhenAny(job.Completion, Task.Delay(WaitBeforeShowingProgress, cancellationToken));
        return Redirect($"/dashboard/import/{job.Id}");
    }
}
