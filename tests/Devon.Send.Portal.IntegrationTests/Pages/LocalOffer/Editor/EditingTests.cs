using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.LocalOffer.Editor;

/// <summary>Writing, previewing, approving and publishing Local Offer pages, and exporting them back to files.</summary>
public sealed class EditingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> NewPage(string slug, string title, string body) => new()
    {
        ["NewSlug"] = slug,
        ["Form.Title"] = title,
        ["Form.Summary"] = "A page written by a test.",
        ["Form.Category"] = "leisure-and-activities",
        ["Form.Audiences"] = "parents",
        ["Form.MinimumAge"] = "5",
        ["Form.MaximumAge"] = "18",
        ["Form.Areas"] = "Exeter",
        ["Form.Owner"] = "Devon Parent Carer Forum",
        ["Form.IsService"] = "no",
        ["Form.Body"] = body,
    };

    [Theory]
    [InlineData("/local-offer/editor")]
    [InlineData("/local-offer/editor/edit")]
    [InlineData("/local-offer/editor/edit/mediation")]
    [InlineData("/local-offer/editor/history/mediation")]
    [InlineData("/local-offer/editor/feedback")]
    public async Task Get_EditorPage_AsAParent_IsForbidden(string url)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);

        var (response, _) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_EditorPage_Anonymous_AsksToSignIn()
    {
        using var client = factory.CreatePortalClient();

        var (response, _) = await client.GetAsync("/local-offer/editor");

        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_page_is_previewed_sent_for_approval_approved_by_a_second_editor_and_published()
    {
        using var author = await SignedInAsync(DemoData.Editor);
        using var reviewer = await SignedInAsync(DemoData.SecondEditor);
        var (_, form) = await author.GetAsync("/local-offer/editor/edit");
        var values = NewPage("wheelchair-sports-club", "Wheelchair sports club", "Come and play.\n\n## When\n\nSaturdays. <script>alert('x')</script>\n\n| Day | Time |\n| --- | --- |\n| Sat | 10am |");

        var (_, preview) = await author.SubmitAsync(form, values, submitter: "button[formaction$='handler=Preview']");
        var (submitted, _) = await author.SubmitAsync(preview, new Dictionary<string, string>(values) { ["ChangeNote"] = "A new club" }, "main form:not([action])", submitter: "button[formaction$='handler=Submit']");
        var (beforeApproval, _) = await author.GetAsync("/local-offer/wheelchair-sports-club");
        var reviewUrl = await ReviewUrlAsync("wheelchair-sports-club");
        var (_, ownReview) = await author.GetAsync(reviewUrl);
        var (_, refused) = await PostAsync(author, ownReview, reviewUrl + "?handler=Approve");
        var (_, review) = await reviewer.GetAsync(reviewUrl);
        var (approved, _) = await reviewer.SubmitAsync(review, new Dictionary<string, string>(), "form[action$='handler=Approve']");
        var (published, page) = await author.GetAsync("/local-offer/wheelchair-sports-club");

        var previewSection = preview.QuerySelector(".app-preview")!;
        Assert.Equal("Wheelchair sports club", previewSection.QuerySelector("h2.govuk-heading-xl")!.TextContent);
        Assert.Equal("When", previewSection.QuerySelector(".app-prose h2")!.TextContent);
        Assert.NotNull(previewSection.QuerySelector(".app-prose table.govuk-table"));
        Assert.Null(previewSection.QuerySelector("script"));
        Assert.Contains("<script>alert('x')</script>", previewSection.QuerySelector(".app-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/local-offer/editor", submitted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, beforeApproval.StatusCode);
        Assert.Null(ownReview.QuerySelector("form[action$='handler=Approve']"));
        Assert.Equal("You cannot approve your own changes. Another Local Offer editor must approve them", refused.QuerySelector(".govuk-error-summary li")!.TextContent);
        Assert.Equal("/local-offer/editor", approved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Wheelchair sports club", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Last reviewed 22 November 2026", page.QuerySelector(".app-reviewed")!.TextContent, StringComparison.Ordinal);
        var (_, search) = await author.GetAsync("/local-offer/search?q=wheelchair");
        Assert.Equal("/local-offer/wheelchair-sports-club", search.QuerySelector(".app-results__item a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Changing_a_page_from_its_file_keeps_the_file_as_the_first_version_and_compares_them_word_by_word()
    {
        using var author = await SignedInAsync(DemoData.Editor);
        using var reviewer = await SignedInAsync(DemoData.SecondEditor);
        var (_, form) = await author.GetAsync("/local-offer/editor/edit/mediation");
        var summary = form.QuerySelector<IHtmlTextAreaElement>("#Form_Summary")!.Value;

        await author.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Form.Summary"] = summary.Replace("free meeting", "free, friendly meeting", StringComparison.Ordinal),
            ["ChangeNote"] = "Friendlier summary",
        }, submitter: "button[formaction$='handler=Submit']");
        var (_, review) = await reviewer.GetAsync(await ReviewUrlAsync("mediation"));
        await reviewer.SubmitAsync(review, new Dictionary<string, string>(), "form[action$='handler=Approve']");
        var (_, history) = await reviewer.GetAsync("/local-offer/editor/history/mediation");
        var (_, page) = await reviewer.GetAsync("/local-offer/mediation");

        Assert.Contains("friendly", string.Concat(review.QuerySelectorAll(".app-diff ins").Select(i => i.TextContent)), StringComparison.Ordinal);
        Assert.Equal(["2", "1"], history.QuerySelectorAll("tbody th").Select(t => t.TextContent));
        Assert.Contains("From the repository", history.QuerySelectorAll("tbody tr")[1].TextContent, StringComparison.Ordinal);
        var added = string.Concat(history.QuerySelectorAll(".app-diff ins").Select(i => i.TextContent));
        Assert.Contains("friendly", added, StringComparison.Ordinal);
        Assert.Contains("[added: ", added, StringComparison.Ordinal);
        Assert.Contains("[removed: 09]", string.Concat(history.QuerySelectorAll(".app-diff del").Select(i => i.TextContent)), StringComparison.Ordinal);
        Assert.Contains("Last reviewed 22 November 2026", page.QuerySelector(".app-reviewed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("free, friendly meeting", page.QuerySelector(".govuk-body-l")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal([VersionOrigin.RepositoryFile, VersionOrigin.Portal], await db.LocalOfferVersions.Where(v => v.Slug == "mediation").OrderBy(v => v.Number).Select(v => v.Origin).ToListAsync());
    }

    [Fact]
    public async Task The_demo_draft_waits_for_the_second_editor_who_sees_what_changed_and_another_editor_cannot_take_it_over()
    {
        using var reviewer = await SignedInAsync(DemoData.SecondEditor);

        var (_, desk) = await reviewer.GetAsync("/local-offer/editor");
        var (_, held) = await reviewer.GetAsync("/local-offer/editor/edit/" + DemoData.DemoDraftSlug);
        var (_, review) = await reviewer.GetAsync(await ReviewUrlAsync(DemoData.DemoDraftSlug));

        Assert.Contains("Short breaks for disabled children", desk.QuerySelector("main table tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fiona Clarke is changing this page", held.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(held.QuerySelector("textarea"));
        Assert.Contains("Summer holiday short breaks", string.Concat(review.QuerySelectorAll(".app-diff ins").Select(i => i.TextContent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_draft_goes_back_to_its_author_with_the_comment()
    {
        using var author = await SignedInAsync(DemoData.Editor);
        using var reviewer = await SignedInAsync(DemoData.SecondEditor);
        var (_, form) = await author.GetAsync("/local-offer/editor/edit");
        await author.SubmitAsync(form, new Dictionary<string, string>(NewPage("returned-page", "A page to return", "Text.")) { ["ChangeNote"] = "New" }, submitter: "button[formaction$='handler=Submit']");
        var (_, review) = await reviewer.GetAsync(await ReviewUrlAsync("returned-page"));

        var (_, missingComment) = await reviewer.SubmitAsync(review, new Dictionary<string, string>(), "form[action$='handler=Return']");
        await reviewer.SubmitAsync(review, new Dictionary<string, string> { ["Comment"] = "Please add opening times" }, "form[action$='handler=Return']");
        var (_, edit) = await author.GetAsync("/local-offer/editor/edit/returned-page");

        Assert.Equal("Say what needs to change before the page can be published", missingComment.QuerySelector(".govuk-error-summary a")!.TextContent);
        Assert.Contains("Dev Patel returned these changes to you", edit.QuerySelector(".govuk-inset-text h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Please add opening times", edit.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A page to return", edit.QuerySelector<IHtmlInputElement>("#Form_Title")!.Value);
    }

    [Fact]
    public async Task Post_Preview_WithProblems_ShowsEachOnItsFieldAndKeepsWhatWasTyped()
    {
        using var author = await SignedInAsync(DemoData.Editor);
        var (_, form) = await author.GetAsync("/local-offer/editor/edit");
        var values = NewPage("annual-reviews", "", "See [this](/local-offer/no-such-page).");
        values["Form.MinimumAge"] = "20";
        values["Form.IsService"] = "yes";

        var (_, page) = await author.SubmitAsync(form, values, submitter: "button[formaction$='handler=Preview']");

        var errors = page.QuerySelectorAll(".govuk-error-summary a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent);
        Assert.Equal("There is already a page at /local-offer/annual-reviews: choose another address, or edit that page", errors["#NewSlug"]);
        Assert.Equal("Enter a title", errors["#Form_Title"]);
        Assert.Equal("The oldest age must be the same as or more than the youngest age", errors["#Form_MaximumAge"]);
        Assert.Equal("Enter the organisation that runs the service", errors["#Form_Organisation"]);
        Assert.Equal("Enter at least a phone number, an email address or a website", errors["#Form_Phone"]);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("See [this](/local-offer/no-such-page).", page.QuerySelector<IHtmlTextAreaElement>("#Form_Body")!.Value);
        Assert.Null(page.QuerySelector(".app-preview"));
    }

    [Fact]
    public async Task Post_Preview_WithALinkToNoPage_SaysSoOnTheText()
    {
        using var author = await SignedInAsync(DemoData.Editor);
        var (_, form) = await author.GetAsync("/local-offer/editor/edit");

        var (_, page) = await author.SubmitAsync(form, NewPage("links-test", "Links", "See [this](/local-offer/no-such-page)."), submitter: "button[formaction$='handler=Preview']");

        Assert.Contains(page.QuerySelectorAll(".govuk-error-summary a"), a => a.GetAttribute("href") == "#Form_Body" && a.TextContent == "The link to /local-offer/no-such-page leads to no Local Offer page");
    }

    [Fact]
    public async Task The_export_command_writes_pages_published_in_the_portal_back_as_files_that_pass_the_content_check()
    {
        using var author = await SignedInAsync(DemoData.Editor);
        using var reviewer = await SignedInAsync(DemoData.SecondEditor);
        var (_, form) = await author.GetAsync("/local-offer/editor/edit");
        await author.SubmitAsync(form, new Dictionary<string, string>(NewPage("exported-page", "An exported page", "Written in the portal.")) { ["ChangeNote"] = "New" }, submitter: "button[formaction$='handler=Submit']");
        var (_, review) = await reviewer.GetAsync(await ReviewUrlAsync("exported-page"));
        await reviewer.SubmitAsync(review, new Dictionary<string, string>(), "form[action$='handler=Approve']");
        var folder = Directory.CreateTempSubdirectory("local-offer-export-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(factory.Services.GetRequiredService<LocalOfferLibrary>().ContentPath, "*.md"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var output = new StringWriter();
            await using var scope = factory.Services.CreateAsyncScope();
            var exitCode = await LocalOfferContent.ExportAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), folder, output);
            var again = new StringWriter();
            await LocalOfferContent.ExportAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), folder, again);

            Assert.Equal(0, exitCode);
            Assert.Contains("Wrote exported-page.md: version 1, published 22 November 2026, approved by Dev Patel.", output.ToString(), StringComparison.Ordinal);
            var written = LocalOfferParser.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "exported-page.md")), "exported-page.md");
            Assert.Equal("An exported page", written.Document!.Title);
            Assert.Equal(0, LocalOfferContent.Check(folder, new StringWriter(), new StringWriter()));
            Assert.Contains("Nothing to export", again.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Posts to a handler the page offers no button for, with the caller's own anti-forgery token.</summary>
    private static async Task<(HttpResponseMessage, IHtmlDocument)> PostAsync(PortalClient client, IHtmlDocument page, string url)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var html = await response.Content.ReadAsStringAsync();
        return (response, (IHtmlDocument)await BrowsingContext.New().OpenAsync(r => r.Content(html)));
    }

    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    private async Task<string> ReviewUrlAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = await db.LocalOfferDrafts.Where(d => d.Slug == slug && d.Status == DraftStatus.Submitted).Select(d => d.Id).SingleAsync();
        return $"/local-offer/editor/review/{id}";
    }
}
