using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Advice;

/// <summary>What people are told about advice: by the portal and by email through a real SMTP server.</summary>
public sealed class AdviceNotificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Advice_given_is_told_to_the_caseworker_and_the_family_with_the_sections_it_informs()
    {
        var childId = await factory.ChildIdAsync("Isla");
        using var paediatrician = factory.CreatePortalClient();
        await paediatrician.SignInAsync(DemoData.Paediatrician);
        var requestId = await RequestIdAsync(childId, "Health");
        var (_, form) = await paediatrician.GetAsync($"/children/{childId}/advice/{requestId}");

        await paediatrician.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Texts[C]"] = "Isla has a congenital hearing loss in her left ear.",
            ["Texts[G]"] = "Audiology review every 6 months.",
        }, "#advice-form", "button[formaction='?handler=Submit']");

        const string Subject = "Health advice was added to sections C and G for Isla";
        var email = await factory.Smtp.WaitForMessageAsync(DemoData.Caseworker.Email, Subject);
        await factory.Smtp.WaitForMessageAsync(DemoData.SecondParent.Email, Subject);
        Assert.DoesNotContain("hearing loss", email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{PortalFactory.PublicBaseUrl}children/{childId}/advice", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caseworker_chases_late_advice_with_one_button_and_once_a_day()
    {
        var childId = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, page) = await caseworker.GetAsync($"/children/{childId}/advice");
        var chase = page.QuerySelector("form[action*='handler=Chase']")!.GetAttribute("action")!;

        await caseworker.SubmitAsync(page, new Dictionary<string, string>(), $"form[action='{chase}']");
        // The same button again without the form's one-time key, so that the once-a-day rule itself answers.
        var (_, again) = await caseworker.SubmitAsync(page, new Dictionary<string, string> { ["__SubmissionKey"] = "" }, $"form[action='{chase}']");

        Assert.Contains("No reminder was sent", (await caseworker.GetAsync($"/children/{childId}/advice")).Document.QuerySelector("main")!.TextContent + again.Body!.TextContent, StringComparison.Ordinal);
        await factory.Smtp.WaitForMessageAsync(DemoData.Senco.Email, "Your caseworker asks for your education advice for Noah: it was due by 19 November 2026");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.OnceKey != null && n.OnceKey.StartsWith("chase:") && db.Users.Any(u => u.Id == n.UserId && u.Email == DemoData.Senco.Email)));
    }

    [Fact]
    public async Task Someone_on_the_case_who_does_not_manage_it_cannot_chase()
    {
        var childId = await factory.ChildIdAsync("Noah");
        var requestId = await RequestIdAsync(childId, "Education");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.SecondParent);
        var (_, page) = await parent.GetAsync($"/children/{childId}/advice");
        Assert.Null(page.QuerySelector("form[action*='handler=Chase']"));
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");

        var response = await parent.Http.PostAsync(new Uri($"/children/{childId}/advice?handler=Chase&requestId={requestId}", UriKind.Relative),
            new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<Guid> RequestIdAsync(Guid childId, string type)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var requests = await db.AdviceRequests.Where(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == childId)).ToListAsync();
        return requests.Single(a => a.Type.ToString() == type).Id;
    }
}
