using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Notifications;

/// <summary>Advice whose limit an exception lifts (Reg 8(2)) is not chased as overdue. Its own portal: it changes Noah's case.</summary>
public sealed class LiftedAdviceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Advice_an_exception_lifts_is_not_chased()
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var assessment = await db.AssessmentCases.SingleAsync(c => c.ChildId == noah);
            // The school was closed while its advice was due (asked on 8 October 2026, due 19 November).
            db.TimescaleExceptions.Add(new TimescaleException
            {
                AssessmentCaseId = assessment.Id,
                LegalBasis = TimescaleExceptionBasis.SchoolOrSettingClosure,
                Limits = ExceptionLimits.Advice,
                FromOn = new DateOnly(2026, 10, 16),
                ToOn = new DateOnly(2026, 11, 20),
                Details = "The school was closed for building work.",
                RecordedAt = PortalFactory.Today,
            });
            await db.SaveChangesAsync();

            // Reminders the portal's own mailer made when it started, before the exception was recorded.
            await db.Notifications.Where(n => n.ChildId == noah && (n.Kind == NotificationKind.AdviceOverdue || n.Kind == NotificationKind.AdviceDueSoon)).ExecuteDeleteAsync();
        }

        await factory.Services.GetRequiredService<NotificationMailer>().RunOnceAsync();

        await using var check = factory.Services.CreateAsyncScope();
        var notifications = check.ServiceProvider.GetRequiredService<PortalDbContext>().Notifications;
        Assert.Equal(0, await notifications.CountAsync(n => n.ChildId == noah && n.Kind == NotificationKind.AdviceOverdue));
        Assert.Equal(0, await notifications.CountAsync(n => n.ChildId == noah && n.Kind == NotificationKind.AdviceDueSoon));
    }
}
