using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Audit;

/// <summary>
/// Team managers search the audit log: events about the children their team's cases cover (through
/// <see cref="ChildAccess"/>), and their own team's sign-ins and other events that concern no child.
/// </summary>
public sealed class IndexModel(PortalDbContext db, ChildAccess access) : PageModel
{
    public const int PageSize = 200;

    public sealed record Row(DateTimeOffset At, AuditKind Kind, string Who, string? Child, string Detail, string? IpAddress);

    [BindProperty(SupportsGet = true)]
    [StringLength(100, ErrorMessage = "Person must be 100 characters or fewer")]
    [Display(Name = "Person")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    [StringLength(100, ErrorMessage = "Child must be 100 characters or fewer")]
    [Display(Name = "Child")]
    public string? Child { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "What happened")]
    public string? Kind { get; set; }

    public static IEnumerable<(string Value, string Label)> Kinds => Enum.GetValues<AuditKind>().Select(k => (k.ToString(), AuditKinds.Describe(k)));

    /// <summary>A team manager whose account is in no SEND team has no team's log to search.</summary>
    public bool HasNoTeam { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.SendTeamId() is not { } team)
        {
            HasNoTeam = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        AuditKind? kind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (Enum.TryParse<AuditKind>(Kind, out var parsed) && Enum.IsDefined(parsed))
            {
                kind = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(Kind), "Select what happened from the list");
            }
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var children = access.VisibleTo(User);
        var teamMembers = db.Users.Where(u => u.SendTeamId == team).Select(u => u.Id);
        var query =
            from e in db.AuditEvents.AsNoTracking()
            join c in db.Children on e.ChildId equals c.Id into found
            from c in found.DefaultIfEmpty()
            where (e.ChildId == null && teamMembers.Contains(e.ActorUserId!)) || (e.ChildId != null && children.Any(v => v.Id == e.ChildId))
            select new { Event = e, ChildName = c == null ? null : c.GivenName + " " + c.FamilyName };
        if (kind is { } k)
        {
            query = query.Where(x => x.Event.Kind == k);
        }

        if (!string.IsNullOrWhiteSpace(Person))
        {
            var person = Person.Trim();
            query = query.Where(x => x.Event.ActorName != null && x.Event.ActorName.Contains(person));
        }

        if (!string.IsNullOrWhiteSpace(Child))
        {
            var child = Child.Trim();
            query = query.Where(x => x.ChildName != null && x.ChildName.Contains(child));
        }

        Rows = (await query.OrderByDescending(x => x.Event.Id).Take(PageSize).ToListAsync(cancellationToken))
            .Select(x => new Row(x.Event.At, x.Event.Kind, x.Event.ActorName ?? "Someone not signed in", x.ChildName, x.Event.Detail, x.Event.IpAddress))
            .ToList();
    }
}
