using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

/// <summary>What happens as time passes: a response after the 15 days, and a draft of section A across a session timeout. The clock moves, so these have a portal of their own.</summary>
public sealed class DraftTimeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Response_AfterThe15Days_IsAcceptedAndMarkedLateForTheCaseworker()
    {
        var mia = await factory.ChildIdAsync("Mia");
        // Mia's draft was issued on 16 November 2026; emailed that day, the response was due by 30 November.
        factory.Clock.Advance(TimeSpan.FromDays(12));
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/response");

        var (sent, _) = await mother.SubmitAsync(form, DraftFeedbackTests.FullResponse("Late But Welcome Primary"));
        var (_, confirmation) = await mother.GetAsync(sent.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("It arrived after the due date of 30 November 2026, but it has been accepted", confirmation.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, responses) = await caseworker.GetAsync($"/children/{mia}/plan/versions/1/responses");
        var latest = responses.QuerySelector("main dl")!;
        Assert.Equal("Late", latest.QuerySelector(".govuk-tag--red")!.TextContent);
        Assert.Contains("Late But Welcome Primary", latest.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSectionA_AutosavedBeforeASessionTimeout_IsRestoredAfterSigningInAgain()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);
        var (_, form) = await mother.GetAsync($"/children/{leo}/plan/sections/a/edit");
        var (saved, _) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Form.AboutMe"] = "Leo is kind and funny and knows every bus route in Exeter." },
            submitter: "button[formaction='?handler=SaveForLater']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        var (timedOut, _) = await mother.GetAsync($"/children/{leo}/plan/sections/a/edit");
        Assert.Equal(HttpStatusCode.Redirect, timedOut.StatusCode);
        Assert.Contains("/account/sign-in", timedOut.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await mother.SignInAsync(DemoData.Parent);
        var (_, restored) = await mother.GetAsync($"/children/{leo}/plan/sections/a/edit");
        Assert.Equal("Leo is kind and funny and knows every bus route in Exeter.", restored.QuerySelector("#Form_AboutMe")!.TextContent);
        Assert.NotNull(restored.QuerySelector("#draft-restored"));
    }
}
