using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

/// <summary>
/// Comments and responses on Mia's draft sent several times at once or again from the same page: each is kept once
/// and told once, and the second sender is told it was already sent, never shown an error.
/// </summary>
public sealed class ParallelCommentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    private Task<int> CommentsSaying(string text) => factory.WithDbAsync(db => db.DraftComments.CountAsync(c => c.Text == text));

    private async Task<int> CaseworkerToldOfCommentsAsync() => (await factory.MessagesAsync(DemoData.Caseworker, NotificationKind.CommentAdded)).Count;

    private async Task<(Uri Target, List<KeyValuePair<string, string>> Fields)> CommentFormAsync(PortalClient client, string section, string text)
    {
        var (_, form) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Mia")}/plan/versions/1/sections/{section}/comments");
        return PortalClient.FormOf(form, [("Text", text)]);
    }

    [Fact]
    public async Task PostComment_TenAtOnceFromOneForm_IsKeptOnce_AndTheCaseworkerIsToldOnce()
    {
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (target, fields) = await CommentFormAsync(mother, "b", "Mia now uses about 30 words.");
        var told = await CaseworkerToldOfCommentsAsync();

        var responses = await mother.PostAtOnceAsync(target, fields);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await CommentsSaying("Mia now uses about 30 words."));
        Assert.Equal(told + 1, await CaseworkerToldOfCommentsAsync());
    }

    [Fact]
    public async Task PostComment_TenAtOnceWithoutAKey_IsKeptOnce_AndTheCaseworkerIsToldOnce()
    {
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (target, fields) = await CommentFormAsync(mother, "c", "Mia sleeps badly.");
        var told = await CaseworkerToldOfCommentsAsync();

        var responses = await mother.PostAtOnceAsync(target, [.. fields.Where(f => f.Key != "__SubmissionKey")]);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await CommentsSaying("Mia sleeps badly."));
        Assert.Equal(told + 1, await CaseworkerToldOfCommentsAsync());
    }

    [Fact]
    public async Task PostComment_SentAgainFromTheSamePage_IsNotActedOnAgain_AndTheSenderIsToldSo()
    {
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{await factory.ChildIdAsync("Mia")}/plan/versions/1/sections/d/comments");
        var told = await CaseworkerToldOfCommentsAsync();

        var (first, _) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Mia likes music." });
        var (second, _) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Mia likes music." });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await CommentsSaying("Mia likes music."));
        Assert.Equal(told + 1, await CaseworkerToldOfCommentsAsync());
        var (_, shown) = await mother.GetAsync(second.Headers.Location!.OriginalString);
        Assert.Equal("Your comment on section D has been added. You sent this form twice: it was acted on once",
            shown.QuerySelector(".govuk-notification-banner__heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task PostComment_ThePageFilledInAgainDifferently_IsANewComment()
    {
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{await factory.ChildIdAsync("Mia")}/plan/versions/1/sections/f/comments");

        var (first, _) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Mia goes to the speech group." });
        var (second, _) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Mia also sees the physiotherapist." });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await CommentsSaying("Mia goes to the speech group."));
        Assert.Equal(1, await CommentsSaying("Mia also sees the physiotherapist."));
    }

    [Fact]
    public async Task PostComment_ThatFailedItsChecks_ComesBackWithAFreshKey_AndCanBeCorrectedAndSent()
    {
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{await factory.ChildIdAsync("Mia")}/plan/versions/1/sections/e/comments");
        var key = form.QuerySelector<IHtmlInputElement>("main form input[name=__SubmissionKey]")!.Value;

        var (refused, again) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = " " });
        var freshKey = again.QuerySelector<IHtmlInputElement>("main form input[name=__SubmissionKey]")!.Value;
        var (sent, _) = await mother.SubmitAsync(again, new Dictionary<string, string> { ["Text"] = "Mia walks to school." });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(Guid.TryParse(key, out _));
        Assert.NotEqual(key, freshKey);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(1, await CommentsSaying("Mia walks to school."));
    }

    [Fact]
    public async Task Response_TenAtOnceWithoutAKey_IsOneRow_AndNoneFails()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/response");
        var (target, fields) = PortalClient.FormOf(form, [.. DraftFeedbackTests.FullResponse("Parallel Primary").Select(v => (v.Key, v.Value))]);
        var before = await factory.WithDbAsync(db => db.DraftResponses.CountAsync());

        var responses = await mother.PostAtOnceAsync(target, [.. fields.Where(f => f.Key != "__SubmissionKey")]);

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.DraftResponses.CountAsync()));
    }
}
