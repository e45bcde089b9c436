using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Notifications;

public sealed class NotificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Overdue_advice_is_told_once_to_the_contributor_and_the_caseworker_by_email()
    {
        var mailer = factory.Services.GetRequiredService<NotificationMailer>();
        await mailer.RunOnceAsync();
        await mailer.RunOnceAsync();

        const string Subject = "Education advice for Noah is overdue: it was due by 19 November 2026";
        var email = await factory.Smtp.WaitForMessageAsync(DemoData.Senco.Email, Subject);
        await factory.Smtp.WaitForMessageAsync(DemoData.Caseworker.Email, Subject);
        Assert.Contains($"{PortalFactory.PublicBaseUrl}children/{await factory.ChildIdAsync("Noah")}/advice", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Osei", email.TextBody, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(2, await db.Notifications.CountAsync(n => n.Message == Subject));
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.Message == Subject && n.EmailedAt == null));
    }

    [Fact]
    public async Task The_list_shows_new_notifications_newest_first_and_opening_it_marks_them_read()
    {
        var parent = await UserAsync(DemoData.ThirdParent);
        await AddAsync(parent, "First thing that happened", TimeSpan.FromHours(2));
        await AddAsync(parent, "Second thing that happened", TimeSpan.FromHours(1));
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);

        var (_, home) = await client.GetAsync("/home");
        Assert.Contains("Notifications (2 new)", home.QuerySelector("a[href='/notifications']")!.TextContent, StringComparison.Ordinal);
        var (_, list) = await client.GetAsync("/notifications");
        var items = list.QuerySelectorAll(".app-notifications__item").Select(i => i.TextContent).ToList();
        Assert.Contains("Second thing", items[0], StringComparison.Ordinal);
        Assert.Contains("New", items[0], StringComparison.Ordinal);
        var (_, after) = await client.GetAsync("/notifications");

        Assert.DoesNotContain(after.QuerySelectorAll(".app-notifications__item .govuk-tag"), t => t.TextContent == "New");
        Assert.Contains("Notifications (0 new)", after.QuerySelector("a[href='/notifications']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_with_no_notifications_is_told_what_they_will_be_told_about()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Editor);

        var (response, page) = await client.GetAsync("/notifications");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have no notifications", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_email_choice_is_refused()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Editor);
        var (_, page) = await client.GetAsync("/notifications");

        var (_, refused) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Emails"] = "Hourly" });

        Assert.Equal("Select how you want us to email you", refused.QuerySelector(".govuk-error-summary__list a")!.TextContent);
    }

    [Fact]
    public async Task A_daily_digest_sends_one_email_with_everything_from_before_7am()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.SecondEditor);
        var (_, page) = await client.GetAsync("/notifications");
        var (saved, _) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Emails"] = "DailyDigest" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = await UserAsync(DemoData.SecondEditor);
        // The tests run at midday on 22 November; both were made before 7am.
        await AddAsync(editor, "Health advice was added to section C", TimeSpan.FromHours(30));
        await AddAsync(editor, "Your response to the draft plan is due by 7 December 2026", TimeSpan.FromHours(6));
        await AddAsync(editor, "Made after 7am, so it waits for tomorrow", TimeSpan.FromHours(1));

        await factory.Services.GetRequiredService<NotificationMailer>().RunOnceAsync();

        var digest = await factory.Smtp.WaitForMessageAsync(DemoData.SecondEditor.Email, "2 updates on the Devon SEND Portal");
        Assert.Contains("- Health advice was added to section C (21 November)", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Your response to the draft plan is due by 7 December 2026 (22 November)", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("tomorrow", digest.TextBody, StringComparison.Ordinal);
    }

    private async Task<string> UserAsync(DemoData.Account account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
    }

    private async Task AddAsync(string userId, string message, TimeSpan ago)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Notifications.Add(new Notification
        {
            UserId = userId,
            Kind = NotificationKind.AdviceAdded,
            Message = message,
            Link = "/home",
            CreatedAt = factory.Clock.GetUtcNow() - ago,
            // Already emailed, so the mailer running in the background leaves these to the test.
            EmailedAt = userId == await db.Users.Where(u => u.Email == DemoData.SecondEditor.Email).Select(u => u.Id).SingleAsync() ? null : factory.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }
}
