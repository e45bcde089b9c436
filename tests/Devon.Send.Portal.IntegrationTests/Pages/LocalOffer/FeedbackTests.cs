using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.LocalOffer;

public sealed class FeedbackTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_Yes_IsStoredAndThanksTheReader()
    {
        using var client = factory.CreatePortalClient();
        var (_, page) = await client.GetAsync("/local-offer/mediation");

        var (response, _) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Useful"] = "yes" }, "#feedback form");
        var (_, after) = await client.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("/local-offer/mediation", response.Headers.Location!.OriginalString);
        Assert.Contains("Thank you for your feedback", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("mediation", useful: true));
    }

    [Fact]
    public async Task Post_No_AsksWhatWasWrongAndKeepsTheCommentAsText()
    {
        using var client = factory.CreatePortalClient();
        var (_, page) = await client.GetAsync("/local-offer/short-breaks");

        var (no, _) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Useful"] = "no" }, "#feedback form");
        var (_, form) = await client.GetAsync(no.Headers.Location!.OriginalString);
        var (sent, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Comment"] = "It does not say <script>alert(1)</script> when clubs run." });

        Assert.Equal("/local-offer/short-breaks/feedback", no.Headers.Location!.OriginalString);
        Assert.Equal("Help us improve this page", form.QuerySelector("h1")!.TextContent);
        Assert.Equal("/local-offer/short-breaks", sent.Headers.Location!.OriginalString);
        using var editor = factory.CreatePortalClient();
        await editor.SignInAsync(DemoData.Editor);
        var (_, feedback) = await editor.GetAsync("/local-offer/editor/feedback");
        var comment = feedback.QuerySelectorAll(".app-comments__item").First(c => c.TextContent.Contains("when clubs run", StringComparison.Ordinal));
        Assert.Contains("<script>alert(1)</script>", comment.QuerySelector(".app-prewrap")!.TextContent, StringComparison.Ordinal);
        Assert.Null(comment.QuerySelector("script"));
        Assert.Contains(feedback.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Short breaks for disabled children", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_Comment_WithoutAnAnswerFirst_ChangesNothing()
    {
        using var client = factory.CreatePortalClient();
        var (_, page) = await client.GetAsync("/local-offer/mediation");
        var token = page.QuerySelector("#feedback input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.Http.PostAsync(new Uri("/local-offer/mediation/feedback?handler=Comment", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Comment"] = "Not attached to anything" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LocalOfferFeedback.AnyAsync(f => f.Comment == "Not attached to anything"));
    }

    [Fact]
    public async Task Post_Comment_TooLong_KeepsWhatWasTypedAndShowsTheError()
    {
        using var client = factory.CreatePortalClient();
        var (_, page) = await client.GetAsync("/local-offer/portage-home-visiting");
        var (no, _) = await client.SubmitAsync(page, new Dictionary<string, string> { ["Useful"] = "no" }, "#feedback form");
        var (_, form) = await client.GetAsync(no.Headers.Location!.OriginalString);

        var (_, error) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Comment"] = new string('x', 1201) });

        Assert.Equal("What was wrong must be 1,200 characters or fewer", error.QuerySelector(".govuk-error-summary a")!.TextContent);
        Assert.Equal(1201, error.QuerySelector("textarea")!.TextContent.Trim().Length);
    }

    private async Task<int> CountAsync(string slug, bool useful)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LocalOfferFeedback.CountAsync(f => f.Slug == slug && f.Useful == useful);
    }
}
