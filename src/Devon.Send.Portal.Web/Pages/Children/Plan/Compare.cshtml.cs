using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Devon.Send.Portal.Web.Pages.Children.Plan;

/// <summary>Compares any two versions of a plan (or a version with the plan as it is now), section by section, word by word.</summary>
public sealed class CompareModel(PlanStore plans) : PageModel
{
    public const string Now = "now";

    public sealed record SectionChange(string Code, string Title, IReadOnlyList<DiffSegment> Segments)
    {
        public bool Changed => WordDiff.HasChanges(Segments);
    }

    [FromRoute]
    public Guid ChildId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<(string Value, string Label)> Choices { get; private set; } = [];
    public string? FromLabel { get; private set; }
    public string? ToLabel { get; private set; }
    public IReadOnlyList<SectionChange> Sections { get; private set; } = [];

    /// <summary>One line for every section that has not changed, so the page shows only what did: "Sections A, B and D have not changed".</summary>
    public static string UnchangedLine(IReadOnlyList<string> codes) => codes.Count switch
    {
        0 => "",
        1 => $"Section {codes[0]} has not changed.",
        _ => $"Sections {string.Join(", ", codes.Take(codes.Count - 1))} and {codes[^1]} have not changed.",
    };

    public VersionSelect FromSelect => new(nameof(From), From, Choices, "Compare");

    public VersionSelect ToSelect => new(nameof(To), To, Choices, "with");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await plans.PlanOfAsync(ChildId, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        ChildName = await plans.ChildNameAsync(ChildId, cancellationToken);
        var versions = await plans.VersionsAsync(plan.Id, cancellationToken);
        Choices = [.. versions.Select(v => (v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{v.Label}, issued {v.IssuedAt.ToUkDate()}")), (Now, "The plan as it is now")];
        if (From is null && To is null)
        {
            From = versions.Count > 1 ? Choices[^3].Value : Choices[0].Value;
            To = versions.Count > 1 ? Choices[^2].Value : Now;
            return Page();
        }

        if (string.IsNullOrEmpty(From))
        {
            ModelState.AddModelError(nameof(From), "Select the version to compare from");
        }

        if (string.IsNullOrEmpty(To))
        {
            ModelState.AddModelError(nameof(To), "Select the version to compare with");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (From == To)
        {
            ModelState.AddModelError(nameof(To), "Select two different versions to compare");
            return Page();
        }

        // A version number that does not exist in this plan is a page that does not exist.
        var from = await SnapshotAsync(plan, From!, cancellationToken);
        var to = await SnapshotAsync(plan, To!, cancellationToken);
        if (from is null || to is null)
        {
            return NotFound();
        }

        FromLabel = from.Version?.Label ?? "the plan as it is now";
        ToLabel = to.Version?.Label ?? "the plan as it is now";
        Sections = [.. PlanSections.All.Select(s => new SectionChange(s.Code, s.Title,
            WordDiff.Compare(from.ContentOf(s.Code).ToComparableText(s.Code), to.ContentOf(s.Code).ToComparableText(s.Code))))];
        return Page();
    }

    private async Task<PlanSnapshot?> SnapshotAsync(EhcPlan plan, string choice, CancellationToken cancellationToken)
    {
        if (choice == Now)
        {
            return await plans.CurrentAsync(plan, cancellationToken);
        }

        return int.TryParse(choice, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
            ? await plans.VersionAsync(plan, number, cancellationToken)
            : null;
    }
}

/// <summary>A list to choose a version from.</summary>
public sealed record VersionSelect(string Name, string? Selected, IReadOnlyList<(string Value, string Label)> Choices, string Label);
