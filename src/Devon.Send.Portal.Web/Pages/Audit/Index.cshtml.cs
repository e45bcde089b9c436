using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Audit;

/// <summary>Team managers search the audit log: their team's children's records, and sign-ins.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
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
    public AuditKind? Kind { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return;
        }

        var team = User.SendTeamId();
        var query =
            from e in db.AuditEvents.AsNoTracking()
            join c in db.Children on e.ChildId equals c.Id into children
            from c in children.DefaultIfEmpty()
            where e.ChildId == null || c.SendTeamId == team
            select new { Event = e, ChildName = c == null ? null : c.GivenName + " " + c.FamilyName };
        if (Kind is { } kind)
        {
            query = query.Where(x => x.Event.Kind == kind);
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

    public static string Describe(AuditKind kind) => kind switch
    {
        AuditKind.RecordViewed => "Record viewed",
        AuditKind.RecordChanged => "Record changed",
        AuditKind.SignedIn => "Signed in",
        AuditKind.SignInFailed => "Sign-in failed",
        AuditKind.LockedOut => "Locked out",
        AuditKind.SignedOut => "Signed out",
        AuditKind.SignedOutEverywhere => "Signed out everywhere",
        AuditKind.AccountCreated => "Account created",
        AuditKind.TwoFactorTurnedOn => "Two-step sign-in turned on",
        AuditKind.TwoFactorTurnedOff => "Two-step sign-in turned off",
        AuditKind.InvitationIssued => "Invitation issued",
        AuditKind.InvitationUsed => "Invitation used",
        AuditKind.InvitationRefused => "Invitation code refused",
        AuditKind.InvitationRevoked => "Invitation revoked",
        AuditKind.CaseHistoryImported => "Case history imported",
        AuditKind.CaseHistoryRefused => "Case history import refused",
        AuditKind.AccessRefused => "Access refused",
        AuditKind.EmailConfirmed => "Email address confirmed",
        AuditKind.RolesChanged => "Roles changed",
        AuditKind.AccountChanged => "Account changed",
        AuditKind.TeamCreated => "Team created",
        _ => kind.ToString(),
    };
}
