using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>
/// Who outside the family has looked at a child's record: one line per person and day, in plain words, newest first,
/// paged and filterable by person. Shown to the family and to the council.
/// </summary>
public sealed class WhoHasLookedModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 20;

    [FromRoute]
    public Guid ChildId { get; set; }

    /// <summary>Only this person's looks, when chosen.</summary>
    [FromQuery(Name = "person")]
    public string? Person { get; set; }

    public string ChildName { get; private set; } = "";

    /// <summary>The young person reading about their own record: the page speaks to them.</summary>
    public bool AboutYou { get; private set; }

    public IReadOnlyList<DayOfViews> Days { get; private set; } = [];

    /// <summary>Everyone who has looked, for the filter: their id and "Priya Shah, SEND caseworker, Devon County Council".</summary>
    public IReadOnlyList<(string Id, string Name)> People { get; private set; } = [];

    public Pagination Pagination { get; private set; } = null!;

    public string Record => AboutYou ? "your record" : $"{ChildName}'s record";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        AboutYou = User.IsInRole(PortalRoles.YoungPerson);
        var views = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ChildId == ChildId && e.Kind == AuditKind.RecordViewed)
            .Select(e => new RecordView(e.At, e.ActorUserId, e.ActorName, e.ActorRoles, e.ActorOrganisation, e.Detail))
            .ToListAsync(cancellationToken);
        People = [.. views.Where(v => v.PersonId is not null)
            .GroupBy(v => v.PersonId!)
            .Select(g => g.MaxBy(v => v.At)!)
            .Select(v => (v.PersonId!, string.Join(", ", new[] { v.Name ?? "", RecordViews.RoleOf(v) }.Where(p => p.Length > 0))))
            .OrderBy(p => p.Item2, StringComparer.CurrentCulture)];
        if (Person is { Length: > 0 } chosen && People.Any(p => p.Id == chosen))
        {
            views = [.. views.Where(v => v.PersonId == chosen)];
        }
        else
        {
            Person = null;
        }

        var all = RecordViews.ByPersonAndDay(views);
        var pages = Pagination.PagesFor(all.Count, PageSize);
        page = Math.Clamp(page, 1, pages);
        Days = [.. all.Skip((page - 1) * PageSize).Take(PageSize)];
        var filter = Person is null ? "" : $"person={Uri.EscapeDataString(Person)}&";
        Pagination = new Pagination(page, pages, n => $"/children/{ChildId}/access/who-has-looked?{filter}page={n}");
        return Page();
    }
}
