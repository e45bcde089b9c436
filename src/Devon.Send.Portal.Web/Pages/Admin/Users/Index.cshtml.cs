using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Admin.Users;

/// <summary>Administrators find accounts by name or email address. Nothing about any child is shown here.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(string Id, string DisplayName, string Email, string Roles, bool TwoFactor, string Status);

    [BindProperty(SupportsGet = true)]
    [StringLength(100, ErrorMessage = "Search must be 100 characters or fewer")]
    [Display(Name = "Search by name or email address")]
    public string? Search { get; set; }

    // Not "page": Razor Pages keeps that route value for itself.
    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }
    public Pagination Pages { get; private set; } = new(1, 1, _ => "");
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return;
        }

        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var pattern = "%" + Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(u => EF.Functions.Like(u.DisplayName, pattern, "\\") || EF.Functions.Like(u.Email!, pattern, "\\"));
        }

        Total = await query.CountAsync(cancellationToken);
        var pages = Pagination.PagesFor(Total, PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pages);
        var search = Search?.Trim();
        Pages = new Pagination(PageNumber, pages, n => $"/admin/users?pageNumber={n}" + (string.IsNullOrEmpty(search) ? "" : $"&search={Uri.EscapeDataString(search)}"));

        var now = clock.GetUtcNow();
        var rows = await query
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                u.TwoFactorEnabled,
                u.DisabledAt,
            })
            .ToListAsync(cancellationToken);
        var waiting = (await db.SignInThrottles.AsNoTracking().Where(t => t.WaitUntil > now).Select(t => t.Key).ToListAsync(cancellationToken)).ToHashSet();
        Rows = rows
            .Select(u => new Row(u.Id, u.DisplayName, u.Email ?? "", string.Join(", ", u.Roles.Order().Select(PortalRoles.DisplayName)), u.TwoFactorEnabled,
                u.DisabledAt is not null ? "Turned off" : waiting.Contains(SignInThrottles.AccountKey(u.Id)) ? "Locked" : "Active"))
            .ToList();
    }
}
