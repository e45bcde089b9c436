using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Children.Access;

/// <summary>Who outside the family has looked at a child's record, and when: shown to the family and to the council.</summary>
public sealed class WhoHasLookedModel(PortalDbContext db) : PageModel
{
    public sealed record Row(DateTimeOffset At, string Who, string Role, string Organisation, string What);

    [FromRoute]
    public Guid ChildId { get; set; }

    public string ChildName { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ChildName = await db.Children.NameOfAsync(ChildId, cancellationToken);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.ChildId == ChildId && e.Kind == AuditKind.RecordViewed)
            .OrderByDescending(e => e.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        Rows = events
            .Select(e => new Row(
                e.At,
                e.ActorName ?? "Unknown",
                string.Join(", ", (e.ActorRoles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(PortalRoles.DisplayName)),
                e.ActorOrganisation ?? "",
                Describe(e.Detail)))
            .ToList();
        return Page();
    }

    private static string Describe(string page) => page switch
    {
        "/Cases/InviteFamily" or "/Children/Access/InviteFamily" => "Invite a family member",
        "/Children/WhoHasLooked" or "/Children/Access/WhoHasLooked" => "Who has looked at the record",
        _ => page.Trim('/').Replace('/', ' '),
    };
}
