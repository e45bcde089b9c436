using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Notifications;

/// <summary>The header's link to a person's notifications, with how many they have not seen.</summary>
public sealed class UnreadNotificationsViewComponent(PortalDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.UserId();
        var unread = userId is null ? 0 : await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
        return Content(unread.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
