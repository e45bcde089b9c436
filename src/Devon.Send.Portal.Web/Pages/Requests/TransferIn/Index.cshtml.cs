using System.Security.Cryptography;
using Devon.Send.Portal.Web.GovUk;
using Devon.Send.Portal.Web.Pages.Children.Transfer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Requests.TransferIn;

/// <summary>
/// A child with a plan moves into the council's area and the old council sends the plan's package (SEND Regulations
/// 2014, regulation 15(3)). The caseworker uploads it; it is read and every hash recomputed, and what it holds is shown
/// to check. A package that is not whole is refused, naming each problem, and nothing is kept: the upload is read in
/// memory and the answer is this page, not a record. Between the check and the confirm the package travels in the form,
/// encrypted and signed by the portal for this caseworker and an hour, so the browser can neither read nor change it and
/// no server holds it; on confirm it is read and verified again before anything is saved.
/// </summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class IndexModel(IDataProtectionProvider protection, PlansTransferredIn plans, TimeProvider clock) : PageModel
{
    /// <summary>A package is text: a plan with years of revisions is well under 1 MB. Encrypted in the form it stays under the 4 MB a form value may hold.</summary>
    public const int MaxFileMegabytes = 2;
    public const long MaxFileBytes = MaxFileMegabytes * 1024L * 1024L;

    // Room for the form around the file, so that a file just over the limit gets a clear message rather than a refusal,
    // and for the confirm, whose package is encrypted (a third larger).
    private const long RequestLimit = (2 * MaxFileBytes) + (1024 * 1024);

    private static readonly TimeSpan CheckLifetime = TimeSpan.FromHours(1);

    [BindProperty]
    public IFormFile? PackageFile { get; set; }

    /// <summary>The checked package, encrypted and signed by the portal; the browser only carries it back.</summary>
    [BindProperty]
    public string? Checked { get; set; }

    /// <summary>The day the old council sent the plan (the date of the transfer, Reg 15(2)); today unless the caseworker says otherwise.</summary>
    [BindProperty]
    public DateInput ArrivedOn { get; set; } = new();

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

        await using (var bytes = PackageFile!.OpenReadStream())
        {
            if (await Utf8Text.FirstInvalidLineAsync(bytes, cancellationToken) is { } line)
            {
                ModelState.AddModelError(nameof(PackageFile), $"Line {line} of the file is not UTF-8 text: ask the council that sent it for the package again");
                return Page();
            }
        }

        string json;
        using (var reader = new StreamReader(PackageFile.OpenReadStream(), Utf8Text.Strict, detectEncodingFromByteOrderMarks: true))
        {
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        var reading = PlanTransferPackages.Read(json);
        foreach (var problem in Problems(reading))
        {
            ModelState.AddModelError(nameof(PackageFile), problem);
        }

        if (ModelState.IsValid)
        {
            Package = reading.Package;
            Checked = Protector().Protect(json, CheckLifetime);
            ArrivedOn = DateInput.From(clock.UkToday());
        }

        return Page();
    }

    /// <summary>Takes the checked plan in: the child, the case and the plan's issued history; then the child's case.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        string? json = null;
        try
        {
            json = string.IsNullOrEmpty(Checked) ? null : Protector().Unprotect(Checked);
        }
        catch (CryptographicException)
        {
            // Expired, for another caseworker, or changed on the way.
        }

        var reading = json is null ? null : PlanTransferPackages.Read(json);
        if (reading is null || Problems(reading).Count > 0)
        {
            ModelState.AddModelError(nameof(PackageFile), "The check has expired or could not be read. Upload the package again");
            return Page();
        }

        var package = reading.Package!;
        var arrived = ArrivedOn.Validate(ModelState, nameof(ArrivedOn), "the date the plan arrived");
        if (arrived is { } future && future > clock.UkToday())
        {
            ModelState.AddModelError(nameof(ArrivedOn), "The date the plan arrived must be today or in the past");
        }
        else if (arrived is { } early && early < package.PlanOrLastReviewOn)
        {
            ModelState.AddModelError(nameof(ArrivedOn), $"The date the plan arrived must be on or after the plan was made or last reviewed, {package.PlanOrLastReviewOn.ToUkDate()}");
        }

        if (!ModelState.IsValid)
        {
            // The check stands: show it again with the date to correct.
            Package = package;
            return Page();
        }

        var transferredOn = arrived!.Value;
        var result = await plans.ImportAsync(reading, transferredOn, User, cancellationToken);
        if (result.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(PackageFile), problem);
            return Page();
        }

        TempData["Success"] = $"{package.Child.GivenName} {package.Child.FamilyName}'s plan is taken in from {package.FromCouncil.Trim()}. Tell the family whether you will assess their needs by {StatutoryClock.TransferNoticeDue(transferredOn).ToUkDate()}";
        return Redirect($"/children/{result.ChildId}/case");
    }

    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector("Devon.Send.Portal.TransferIn.Package", User.UserId()!).ToTimeLimitedDataProtector();

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
