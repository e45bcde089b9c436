using System.Text;
using Devon.Send.Portal.Web.Pages.Children.Transfer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Requests.TransferIn;

/// <summary>
/// A child with a plan moves into the council's area and the old council sends the plan's package (SEND Regulations
/// 2014, regulation 15(3)). The caseworker uploads it; it is read and every hash recomputed, and what it holds is shown
/// to check. A package that is not whole is refused, naming each problem, and nothing is kept: the upload is read in
/// memory and the answer is this page, not a record.
/// </summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class IndexModel : PageModel
{
    /// <summary>A package is text: a plan with years of revisions is well under 1 MB.</summary>
    public const int MaxFileMegabytes = 5;
    public const long MaxFileBytes = MaxFileMegabytes * 1024L * 1024L;

    // Room for the form around the file, so that a file just over the limit gets a clear message rather than a refusal.
    private const long RequestLimit = MaxFileBytes + (1024 * 1024);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [BindProperty]
    public IFormFile? PackageFile { get; set; }

    /// <summary>The package read and verified; null until one is uploaded and found whole.</summary>
    public PlanTransferPackage? Package { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (PackageFile is null || PackageFile.Length == 0)
        {
            ModelState.AddModelError(nameof(PackageFile), PackageFile is null ? "Select the plan transfer package" : "The selected file is empty");
        }
        else if (!Path.GetExtension(PackageFile.FileName).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(PackageFile), "The selected file must be a JSON file");
        }
        else if (PackageFile.Length > MaxFileBytes)
        {
            ModelState.AddModelError(nameof(PackageFile), $"The selected file must be smaller than {MaxFileMegabytes} MB");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string json;
        try
        {
            using var reader = new StreamReader(PackageFile!.OpenReadStream(), StrictUtf8, detectEncodingFromByteOrderMarks: true);
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            ModelState.AddModelError(nameof(PackageFile), "The selected file must be a JSON file");
            return Page();
        }

        var reading = PlanTransferPackages.Read(json);
        foreach (var problem in Problems(reading))
        {
            ModelState.AddModelError(nameof(PackageFile), problem);
        }

        if (ModelState.IsValid)
        {
            Package = reading.Package;
        }

        return Page();
    }

    /// <summary>Why a package cannot be taken in: the reader's problems, then one addressed to another council.</summary>
    public static IReadOnlyList<string> Problems(PackageReading reading)
    {
        if (!reading.IsValid)
        {
            return reading.Problems;
        }

        var to = reading.Package!.ToCouncil.Trim();
        return string.Equals(to, PlanTransfers.Council, StringComparison.OrdinalIgnoreCase)
            ? []
            : [$"The package is addressed to {to}, not {PlanTransfers.Council}"];
    }
}
