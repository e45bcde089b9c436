using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
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

        // The school's own list of advice, its home page and the case page read the same rule.
        using var senco = factory.CreatePortalClient();
        await senco.SignInAsync(DemoData.Senco);
        var (_, asked) = await senco.GetAsync("/advice");
        var row = asked.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Noah", StringComparison.Ordinal));
        Assert.Contains("Time limit does not apply", row.TextContent, StringComparison.Ordinal);
        var (_, home) = await senco.GetAsync("/home");
        var homeRow = home.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Noah", StringComparison.Ordinal));
        Assert.Contains("Time limit does not apply", homeRow.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("late", homeRow.TextContent, StringComparison.OrdinalIgnoreCase);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, casePage) = await caseworker.GetAsync($"/children/{noah}/case");
        Assert.DoesNotContain("Education advice is", casePage.QuerySelector("#overdue")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("The time limit for education advice does not apply: advice was asked of a school or setting around a closure of 4 weeks or more, from 16 October 2026 to 20 November 2026 (SEND Regulations 2014, regulation 8(2)).",
            casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
