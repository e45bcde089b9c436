using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Plan;

/// <summary>Comments on a draft's sections, the family's response to the draft, and section A saved as a draft as it is typed.</summary>
public sealed class DraftFeedbackTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static Dictionary<string, string> FullResponse(string school) => new()
    {
        ["Agrees"] = "no",
        ["Changes[5]"] = "We would like the speech and language therapy to say how many sessions a week.",
        ["PreferredSettingName"] = school,
        ["PreferredSettingType"] = "Mainstream",
        ["WantsMeeting"] = "yes",
        ["WantsPersonalBudget"] = "no",
    };

    private async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private Task<int> CommentCountAsync(Guid childId) =>
        QueryAsync(db => db.DraftComments.CountAsync(c => db.PlanVersions.Any(v => v.Id == c.VersionId && db.Plans.Any(p => p.Id == v.PlanId && p.ChildId == childId))));

    private Task<int> ResponseCountAsync(Guid childId) =>
        QueryAsync(db => db.DraftResponses.CountAsync(r => db.PlanVersions.Any(v => v.Id == r.VersionId && db.Plans.Any(p => p.Id == v.PlanId && p.ChildId == childId))));

    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    /// <summary>A post with the caller's own valid anti-forgery token (from their home page), so only the policy can refuse it.</summary>
    private static async Task<HttpResponseMessage> PostAsTheyAreAsync(PortalClient client, string url, Dictionary<string, string> fields)
    {
        var (_, home) = await client.GetAsync("/home");
        fields["__RequestVerificationToken"] = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private static List<(string? Href, string Text)> Errors(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim()))];

    [Fact]
    public async Task PostComment_Parent_IsListedUnderTheSectionOnTheDraftWithTheirRoleAndIsAudited()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/sections/b/comments");

        var (posted, _) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Mia now uses about 30 words, not 20." });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var caseworker = await SignedInAsync(DemoData.Caseworker);
        var (_, draft) = await caseworker.GetAsync($"/children/{mia}/plan/versions/1");
        var comments = draft.QuerySelector("#comments-b")!;
        Assert.Contains("Comments on section B (", comments.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        var items = comments.QuerySelectorAll(".app-comment-list__item");
        var last = items[^1];
        Assert.Equal("Mia now uses about 30 words, not 20.", last.QuerySelector(".app-comment-list__text")!.TextContent);
        Assert.StartsWith("Parent, ", last.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("22 November 2026", last.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Hughes", last.TextContent, StringComparison.Ordinal);
        var entry = await QueryAsync(db => db.AuditEvents.Where(e => e.ChildId == mia && e.Kind == AuditKind.RecordChanged).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("Comment added to section B of Draft 1", entry.Detail);
    }

    [Fact]
    public async Task PostComment_InvitedProfessional_IsShownWithNameAndRoleNewestLastInTheCaseworkersList()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var paediatrician = await SignedInAsync(DemoData.Paediatrician);
        var (_, form) = await paediatrician.GetAsync($"/children/{mia}/plan/versions/1/sections/c/comments");
        await paediatrician.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "First: low muscle tone is the main concern." });
        (_, form) = await paediatrician.GetAsync($"/children/{mia}/plan/versions/1/sections/c/comments");
        await paediatrician.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = "Second: please add the physiotherapy review date." });

        using var caseworker = await SignedInAsync(DemoData.Caseworker);
        var (response, list) = await caseworker.GetAsync($"/children/{mia}/plan/versions/1/comments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var heading = list.QuerySelector("#section-c")!;
        Assert.StartsWith("Section C: ", heading.TextContent, StringComparison.Ordinal);
        var texts = list.QuerySelectorAll(".app-comment-list__item").Select(i => i.TextContent).Where(t => t.Contains("Dr Amir Khan", StringComparison.Ordinal)).ToList();
        Assert.Contains("Dr Amir Khan, Health professional", texts[0], StringComparison.Ordinal);
        Assert.True(texts.FindIndex(t => t.Contains("First:", StringComparison.Ordinal)) < texts.FindIndex(t => t.Contains("Second:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", "Enter your comment")]
    [InlineData("   ", "Enter your comment")]
    [InlineData("long", "Your comment must be 2,000 characters or fewer")]
    public async Task PostComment_EmptyOrTooLong_ShowsTheErrorKeepsTheTextAndSavesNothing(string text, string error)
    {
        var mia = await factory.ChildIdAsync("Mia");
        var typed = text == "long" ? new string('a', 2_001) : text;
        var before = await CommentCountAsync(mia);
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/sections/e/comments");

        var (response, page) = await mother.SubmitAsync(form, new Dictionary<string, string> { ["Text"] = typed });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([("#Text", error)], Errors(page));
        Assert.Equal(typed, page.QuerySelector<IHtmlTextAreaElement>("#Text")!.Value);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(before, await CommentCountAsync(mia));
    }

    [Fact]
    public async Task PostComment_OnAFinalPlan_IsRefusedWithAClearMessage()
    {
        var leo = await factory.ChildIdAsync("Leo");
        var before = await CommentCountAsync(leo);
        using var mother = await SignedInAsync(DemoData.Parent);
        var (_, page) = await mother.GetAsync($"/children/{leo}/plan/versions/2/sections/b/comments");
        Assert.Null(page.QuerySelector("main form textarea"));
        Assert.Contains("You cannot comment on the final plan", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);

        var response = await PostAsTheyAreAsync(mother, $"/children/{leo}/plan/versions/2/sections/b/comments", new() { ["Text"] = "I disagree" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("You cannot comment on the final plan. Comments can only be made on a draft plan", html, StringComparison.Ordinal);
        Assert.Equal(before, await CommentCountAsync(leo));
    }

    [Theory]
    [InlineData("sarah.carter@example.com")]
    [InlineData("senco@example.org")]
    public async Task AnotherFamilyOrAnUninvitedProfessional_CannotSeeOrSendCommentsOrAResponse(string email)
    {
        var mia = await factory.ChildIdAsync("Mia");
        var comments = await CommentCountAsync(mia);
        var responses = await ResponseCountAsync(mia);
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (getComments, _) = await client.GetAsync($"/children/{mia}/plan/versions/1/sections/b/comments");
        var (getAll, _) = await client.GetAsync($"/children/{mia}/plan/versions/1/comments");
        var (getResponse, _) = await client.GetAsync($"/children/{mia}/plan/versions/1/response");
        var postComment = await PostAsTheyAreAsync(client, $"/children/{mia}/plan/versions/1/sections/b/comments", new() { ["Text"] = "Should not be kept" });
        var postResponse = await PostAsTheyAreAsync(client, $"/children/{mia}/plan/versions/1/response", FullResponse("Should Not Be Kept School"));

        Assert.All([getComments, getAll, getResponse, postComment, postResponse], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(comments, await CommentCountAsync(mia));
        Assert.Equal(responses, await ResponseCountAsync(mia));
    }

    [Fact]
    public async Task Response_InvitedProfessional_IsRefusedTheFormAndNeverSeesALinkToIt()
    {
        var mia = await factory.ChildIdAsync("Mia");
        var before = await ResponseCountAsync(mia);
        using var paediatrician = await SignedInAsync(DemoData.Paediatrician);

        var (get, _) = await paediatrician.GetAsync($"/children/{mia}/plan/versions/1/response");
        var post = await PostAsTheyAreAsync(paediatrician, $"/children/{mia}/plan/versions/1/response", FullResponse("Should Not Be Kept School"));
        var (_, draft) = await paediatrician.GetAsync($"/children/{mia}/plan/versions/1");
        var (responses, _) = await paediatrician.GetAsync($"/children/{mia}/plan/versions/1/responses");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, responses.StatusCode);
        Assert.Null(draft.QuerySelector("a[href$='/response']"));
        Assert.Equal(before, await ResponseCountAsync(mia));
    }

    [Fact]
    public async Task Response_Parent_SaysWhenItIsDueAndTheCaseworkerSeesThePreferredSchool()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, plan) = await mother.GetAsync($"/children/{mia}/plan");
        Assert.Contains("Your response is due by 30 November 2026.", plan.QuerySelector(".app-draft-feedback")!.TextContent, StringComparison.Ordinal);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/response");
        Assert.Contains("Your response is due by 30 November 2026.", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (sent, _) = await mother.SubmitAsync(form, FullResponse("Exe Valley Primary School"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        using var caseworker = await SignedInAsync(DemoData.Caseworker);
        var (_, responses) = await caseworker.GetAsync($"/children/{mia}/plan/versions/1/responses");
        var latest = responses.QuerySelector("main dl")!.TextContent;
        Assert.Contains("Exe Valley Primary School (Mainstream school or academy)", latest, StringComparison.Ordinal);
        Assert.Contains("We would like the speech and language therapy to say how many sessions a week.", latest, StringComparison.Ordinal);
        Assert.Contains("Jo Hughes, Parent or carer", latest, StringComparison.Ordinal);
        Assert.Contains("Due by 30 November 2026", latest, StringComparison.Ordinal);
        Assert.DoesNotContain("Late", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_SentTwiceFromTheSameForm_IsOneRowWithAnErrorAndTheAnswersKept_ThenCanBeChanged()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/response");
        var before = await ResponseCountAsync(mia);

        var (first, _) = await mother.SubmitAsync(form, FullResponse("Double Click Primary"));
        // Without the form's one-time key, as a replayed old page would send it: the page's own check answers.
        var (second, again) = await mother.SubmitAsync(form, new Dictionary<string, string>(FullResponse("Double Click Primary")) { ["__SubmissionKey"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(before + 1, await ResponseCountAsync(mia));
        Assert.Contains("was already sent at", again.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Double Click Primary", again.QuerySelector<IHtmlInputElement>("#PreferredSettingName")!.Value);

        var (changed, _) = await mother.SubmitAsync(again, new Dictionary<string, string> { ["PreferredSettingName"] = "Second Thoughts Primary" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(before + 2, await ResponseCountAsync(mia));
        using var caseworker = await SignedInAsync(DemoData.Caseworker);
        var (_, responses) = await caseworker.GetAsync($"/children/{mia}/plan/versions/1/responses");
        Assert.Contains("Second Thoughts Primary", responses.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Earlier versions of the response", responses.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Response_WithNothingAnswered_ShowsAnErrorForEachQuestionAndSavesNothing()
    {
        var mia = await factory.ChildIdAsync("Mia");
        var before = await ResponseCountAsync(mia);
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/versions/1/response");

        var (response, page) = await mother.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Agrees"] = "no", ["PreferredSettingName"] = "", ["PreferredSettingType"] = "", ["WantsMeeting"] = "", ["WantsPersonalBudget"] = "",
            ["Changes[0]"] = "", ["Changes[5]"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equivalent(
            new[]
            {
                ("#Changes_0_", "Tell us what you would like changed in at least one section"),
                ("#PreferredSettingName", "Enter the name of the school or college you would prefer"),
                ("#PreferredSettingType", "Select the type of school or college"),
                ("#WantsMeeting", "Select whether you would like a meeting with your caseworker"),
                ("#WantsPersonalBudget", "Select whether you would like a personal budget"),
            },
            Errors(page),
            strict: true);
        Assert.Equal(before, await ResponseCountAsync(mia));
    }

    [Fact]
    public async Task EditSectionA_Parent_IsAskedGuidedQuestionsAndTheirAutosavedDraftComesBackInANewSession()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var mother = await SignedInAsync(DemoData.ThirdParent);
        var (_, form) = await mother.GetAsync($"/children/{mia}/plan/sections/a/edit");
        Assert.Equal("What do people like and admire about you?", form.QuerySelector("label[for=Form_AboutMe]")!.TextContent.Trim());
        Assert.Equal("Who helped write this?", form.QuerySelector("label[for=Form_WrittenWith]")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("#Form_Hopes-hint"));
        Assert.Equal("polite", form.QuerySelector("#autosave-status")!.GetAttribute("aria-live"));
        var autosaveUrl = form.QuerySelector("main form")!.GetAttribute("data-autosave")!;

        var fields = form.QuerySelector<IHtmlFormElement>("main form")!.Elements
            .Where(e => e is IHtmlInputElement { Type: not "submit" } or IHtmlTextAreaElement && !string.IsNullOrEmpty(e.GetAttribute("name")))
            .ToDictionary(e => e.GetAttribute("name")!, e => e is IHtmlTextAreaElement t ? t.Value : ((IHtmlInputElement)e).Value);
        fields["Form.Hopes"] = "We want Mia to make friends, and to swim on her own by the summer.";
        var saved = await mother.Http.PostAsync(new Uri(autosaveUrl, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        using var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        Assert.Matches("^[0-9]{1,2}:[0-9]{2}(am|pm)$", json.RootElement.GetProperty("savedAt").GetString());

        using var later = await SignedInAsync(DemoData.ThirdParent);
        var (_, restored) = await later.GetAsync($"/children/{mia}/plan/sections/a/edit");
        Assert.Equal("We want Mia to make friends, and to swim on her own by the summer.", restored.QuerySelector("#Form_Hopes")!.TextContent);
        Assert.Contains("We have brought back the answers you saved at", restored.QuerySelector("#draft-restored")!.TextContent, StringComparison.Ordinal);

        var (submitted, _) = await later.SubmitAsync(restored, new Dictionary<string, string> { ["Reason"] = "Added Mia's swimming" });

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var (_, section) = await later.GetAsync($"/children/{mia}/plan/sections/a");
        Assert.Contains("swim on her own by the summer", section.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, afterwards) = await later.GetAsync($"/children/{mia}/plan/sections/a/edit");
        Assert.Null(afterwards.QuerySelector("#draft-restored"));
        Assert.Equal(0, await QueryAsync(db => db.SectionDrafts.CountAsync(d => db.Plans.Any(p => p.Id == d.PlanId && p.ChildId == mia))));
    }

    [Fact]
    public async Task EditSectionA_SaveAndComeBackLaterWithoutJavaScript_KeepsTheAnswersOutOfThePlanUntilSaved()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var father = await SignedInAsync(DemoData.SecondParent);
        var (_, form) = await father.GetAsync($"/children/{noah}/plan/sections/a/edit");
        var revisions = await QueryAsync(db => db.SectionRevisions.CountAsync(r => r.SectionCode == "A" && db.Plans.Any(p => p.Id == r.PlanId && p.ChildId == noah)));

        var (later, _) = await father.SubmitAsync(form, new Dictionary<string, string> { ["Form.ImportantToMe"] = "Lego, my dog Biscuit and Saturday football." }, submitter: "button[formaction='?handler=SaveForLater']");

        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal(revisions, await QueryAsync(db => db.SectionRevisions.CountAsync(r => r.SectionCode == "A" && db.Plans.Any(p => p.Id == r.PlanId && p.ChildId == noah))));
        var (_, plan) = await father.GetAsync($"/children/{noah}/plan");
        Assert.DoesNotContain("my dog Biscuit", plan.QuerySelector("#section-a")!.TextContent, StringComparison.Ordinal);
        var (_, back) = await father.GetAsync($"/children/{noah}/plan/sections/a/edit");
        Assert.Equal("Lego, my dog Biscuit and Saturday football.", back.QuerySelector("#Form_ImportantToMe")!.TextContent);
    }

    [Fact]
    public async Task Autosave_SomeoneWhoCannotWriteSectionA_IsForbiddenAndNothingIsKept()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var paediatrician = await SignedInAsync(DemoData.Paediatrician);

        var response = await PostAsTheyAreAsync(paediatrician, $"/children/{mia}/plan/sections/a/edit?handler=Autosave", new() { ["Form.AboutMe"] = "Not theirs to write", ["BaseRevision"] = "1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await QueryAsync(db => db.SectionDrafts.AnyAsync(d => d.Content.Contains("Not theirs to write"))));
    }
}
