using System.ComponentModel.DataAnnotations;
using System.Text;
using Devon.Send.Portal.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.Web.Pages.Dashboard;

/// <summary>The team manager's performance figures: the monthly timeliness table and chart, requests, advice, caseloads, reviews.</summary>
public sealed class IndexModel(PerformanceFigures figures, TimeProvider clock, IOptions<CouncilTargets> targets) : PageModel
{
    public const string WholeCouncil = "council";
    public const string YourTeam = "team";

    public static readonly IReadOnlyList<(string Value, string Label)> Scopes =
        [(WholeCouncil, "The whole council, with the history imported from the previous system"), (YourTeam, "Your team's cases in the portal")];

    [BindProperty(SupportsGet = true)]
    [Display(Name = "First month")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Last month")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    public CalendarMonth FromMonth { get; private set; }
    public CalendarMonth ToMonth { get; private set; }
    public bool TeamOnly => Scope == YourTeam;
    public IReadOnlyList<MonthFigures> Months { get; private set; } = [];
    public IReadOnlyList<AdviceTimelinessRow> Advice { get; private set; } = [];
    public IReadOnlyList<Caseload> Caseloads { get; private set; } = [];
    public IReadOnlyList<OverdueReview> OverdueReviews { get; private set; } = [];
    public IReadOnlyList<OverdueReview> PastUnderFiveTarget { get; private set; } = [];
    public int UnderFiveTargetMonths => targets.Value.UnderFiveReviewMonths;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ReadRange())
        {
            return;
        }

        Months = await figures.TimelinessAsync(FromMonth, ToMonth, TeamOnly ? User : null, cancellationToken);
        Advice = await figures.AdviceAsync(User, FromMonth, ToMonth, cancellationToken);
        Caseloads = await figures.CaseloadsAsync(User, cancellationToken);
        (OverdueReviews, PastUnderFiveTarget) = await figures.ReviewsPastDueAsync(User, UnderFiveTargetMonths, cancellationToken);
    }

    /// <summary>The monthly table as CSV, exactly as the <c>report timeliness</c> command prints it.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!ReadRange())
        {
            return Page();
        }

        var rows = await figures.TimelinessAsync(FromMonth, ToMonth, TeamOnly ? User : null, cancellationToken);
        using var csv = new StringWriter();
        TimelinessTable.WriteCsv(rows, csv);
        var name = $"timeliness-{FromMonth}-to-{ToMonth}{(TeamOnly ? "-your-team" : "")}.csv";
        return File(new UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    private bool ReadRange()
    {
        var thisMonth = CalendarMonth.Of(clock.UkToday());
        From = string.IsNullOrWhiteSpace(From) ? new CalendarMonth(thisMonth.Year, 1).ToString() : From.Trim();
        To = string.IsNullOrWhiteSpace(To) ? thisMonth.ToString() : To.Trim();
        Scope = Scope == YourTeam ? YourTeam : WholeCouncil;
        if (!CalendarMonth.TryParse(From, out var from))
        {
            ModelState.AddModelError(nameof(From), "Enter the first month as a year and month, like 2026-01");
        }

        if (!CalendarMonth.TryParse(To, out var to))
        {
            ModelState.AddModelError(nameof(To), "Enter the last month as a year and month, like 2026-06");
        }
        else if (to > thisMonth)
        {
            ModelState.AddModelError(nameof(To), $"The last month must be {thisMonth.DisplayName} or earlier");
        }

        if (ModelState.IsValid && to < from)
        {
            ModelState.AddModelError(nameof(To), "The last month must be the same as or after the first month");
        }
        else if (ModelState.IsValid && from.MonthsUntil(to) >= TimelinessTable.MaxMonths)
        {
            ModelState.AddModelError(nameof(To), $"Choose at most {TimelinessTable.MaxMonths / 12} years of months");
        }

        (FromMonth, ToMonth) = (from, to);
        return ModelState.IsValid;
    }
}
