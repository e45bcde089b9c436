using System.ComponentModel.DataAnnotations;
using Devon.Send.Portal.Web.GovUk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Pages.Notifications;

/// <summary>A person's notifications, newest first, and how they want them emailed. Opening the page marks them read.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    public static readonly IReadOnlyList<(string Value, string Label)> EmailChoices =
    [
        (nameof(NotificationEmails.Immediately), "Email me each time something happens"),
        (nameof(NotificationEmails.DailyDigest), "Email me once a day, at 7am, with everything from the day before"),
    ];

    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public int Unread { get; private set; }
    public Pagination Pagination { get; private set; } = new(1, 1, _ => "");

    [BindProperty]
    [Required(ErrorMessage = "Select how you want us to email you")]
    [Display(Name = "How do you want us to email you?")]
    public string? Emails { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.SingleAsync(u => u.Id == User.UserId(), cancellationToken);
        Emails = user.NotificationEmails.ToString();
        await LoadAsync(page, cancellationToken);
        // What is on the screen has been seen.
        var shown = Items.Where(n => n.ReadAt is null).Select(n => n.Id).ToList();
        if (shown.Count > 0)
        {
            var now = clock.GetUtcNow();
            await db.Notifications.Where(n => shown.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<NotificationEmails>(Emails, out var choice) || !Enum.IsDefined(choice))
        {
            ModelState.AddModelError(nameof(Emails), "Select how you want us to email you");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(1, cancellationToken);
            return Page();
        }

        var user = await db.Users.SingleAsync(u => u.Id == User.UserId(), cancellationToken);
        user.NotificationEmails = choice;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Success"] = choice == NotificationEmails.Immediately
            ? "We will email you each time something happens"
            : "We will email you once a day, at 7am, with everything from the day before";
        return RedirectToPage();
    }

    private async Task LoadAsync(int page, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var count = await mine.CountAsync(cancellationToken);
        var pages = Pagination.PagesFor(count, PageSize);
        page = Math.Clamp(page, 1, pages);
        Unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        Items = await mine.OrderByDescending(n => n.CreatedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        Pagination = new Pagination(page, pages, p => $"/notifications?page={p}");
    }
}
