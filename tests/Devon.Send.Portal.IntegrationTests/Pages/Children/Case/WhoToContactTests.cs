using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Case;

/// <summary>
/// Whom a family can contact, and what late advice means for them: Noah's school advice was due by 19 November 2026
/// and it is 22 November. His request arrived on 3 September, so the final plan is due by 21 January 2027.
/// </summary>
public sealed class WhoToContactTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string LateNotice = "The education advice for Noah from Exe Valley Primary School is late: it was due by 19 November 2026. The case page says what this means and whom to contact";

    [Fact]
    public async Task The_family_is_told_who_is_late_whether_it_was_chased_what_it_means_and_whom_to_contact()
    {
        var noah = await factory.ChildIdAsync("Noah");
        var mailer = factory.Services.GetRequiredService<NotificationMailer>();
        await mailer.RunOnceAsync();
        await mailer.RunOnceAsync();
        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);

        var (_, page) = await father.GetAsync($"/children/{noah}/case");

        Assert.Equal("Your caseworker is Priya Shah, Exeter, East and Mid Devon 0–25 SEND Team.", Text(page, "#who-to-contact p"));
        Assert.Equal(["Telephone: 01632 960 123", "Email: send.exeter@devon.example"], page.QuerySelectorAll("#who-to-contact li").Select(li => li.TextContent.Trim()));
        Assert.Equal("mailto:send.exeter@devon.example", page.QuerySelector("#who-to-contact a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal(
            [
                "The education advice for Noah, from the education professional at Exe Valley Primary School, was due by 19 November 2026: it is 3 days late.",
                "The council has not reminded them yet.",
                "The final plan is due by 21 January 2027. The council cannot finish the draft plan without this advice. For the final plan to be on time, the draft must reach you by 6 January 2027, because you have 15 days to respond to it.",
                "What you can do:",
            ],
            page.QuerySelectorAll("#late-advice > p").Select(p => p.TextContent.Trim()));
        Assert.Equal(2, page.QuerySelectorAll("#what-you-can-do li").Length);
        Assert.DoesNotContain(DemoData.Senco.Email, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // Told once, however often the reminders run, and by email.
        Assert.Equal([LateNotice], await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.AdviceOverdue));
        await factory.Smtp.WaitForMessageAsync(DemoData.SecondParent.Email, LateNotice);

        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, staffView) = await caseworker.GetAsync($"/children/{noah}/case");
        Assert.Equal("The family's caseworker is Priya Shah, Exeter, East and Mid Devon 0–25 SEND Team.", Text(staffView, "#who-to-contact p"));
        Assert.Contains("the draft must reach the family by 6 January 2027, because they have 15 days", Text(staffView, "#final-plan-outlook"), StringComparison.Ordinal);
        Assert.Null(staffView.QuerySelector("#what-you-can-do"));
        var (_, advice) = await caseworker.GetAsync($"/children/{noah}/advice");
        var chase = advice.QuerySelector("form[action*='handler=Chase']")!.GetAttribute("action")!;
        await caseworker.SubmitAsync(advice, new Dictionary<string, string>(), $"form[action='{chase}']");

        var (_, after) = await father.GetAsync($"/children/{noah}/case");
        Assert.Equal("The council reminded them today.", after.QuerySelectorAll("#late-advice > p")[1].TextContent.Trim());
        var told = await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.AdviceOverdue);
        Assert.Equal([LateNotice, "Your caseworker reminded Exe Valley Primary School on 22 November 2026 to send the education advice for Noah"], told.Order(StringComparer.Ordinal));
        Assert.Equal(new DateOnly(2026, 11, 22), await factory.WithDbAsync(db => db.AdviceRequests
            .Where(a => a.Type == AdviceType.Education && db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == noah)).Select(a => a.ChasedOn).SingleAsync()));
    }

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

}
