using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Advice;

/// <summary>Writing, submitting and seeing advice; Isla's requests (asked 23 October 2026, due 4 December) are open in the demo data.</summary>
public sealed class AdviceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    private async Task<string> RequestUrlAsync(string child, AdviceType type)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var childId = await factory.ChildIdAsync(child);
        var id = await db.AdviceRequests.Where(a => a.Type == type && db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == childId))
            .OrderByDescending(a => a.RequestedOn).Select(a => a.Id).FirstAsync();
        return $"/children/{childId}/advice/{id}";
    }

    private async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static Guid RequestIdOf(string url) => Guid.Parse(url[(url.LastIndexOf('/') + 1)..]);

    /// <summary>The attachments kept for the request, so a test can say a post added none whatever other tests of the class added.</summary>
    private async Task<List<Guid>> AttachmentsOfAsync(string url) =>
        await QueryAsync(db => db.AdviceAttachments.Where(a => a.AdviceRequestId == RequestIdOf(url)).Select(a => a.Id).OrderBy(id => id).ToListAsync());

    [Fact]
    public async Task Get_Senco_SeesTheirRequestsAcrossChildren_SoonestDueFirst_WithTheirState()
    {
        using var senco = await SignedInAsync(DemoData.Senco);
        var (_, homePage) = await senco.GetAsync("/home");
        Assert.NotNull(homePage.QuerySelector("main a[href='/advice']"));

        var (response, page) = await senco.GetAsync("/advice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("main table")[0].QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Noah Osei", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue by 3 days", rows[0].QuerySelector("td:last-child .govuk-tag")!.TextContent);
        Assert.Contains("Isla Osei", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Due in 12 days", rows[1].QuerySelector("td:last-child .govuk-tag")!.TextContent);
    }

    [Fact]
    public async Task Get_Psychologist_SeesAdviceTheySubmittedAsOnTimeOrLate()
    {
        using var psychologist = await SignedInAsync(DemoData.Psychologist);

        var (_, page) = await psychologist.GetAsync("/advice");

        var submitted = page.QuerySelectorAll("main table").Single(t => t.QuerySelector("caption")!.TextContent == "Advice you have given").QuerySelectorAll("tbody tr").ToList();
        Assert.Contains(submitted, r => r.TextContent.Contains("Noah Osei", StringComparison.Ordinal) && r.QuerySelector("td:last-child .govuk-tag")!.TextContent == "Done on time");
    }

    [Fact]
    public async Task Get_AdvicePage_ShowsLateAdviceAsLateToTheFamily_AndSubmittedAdviceBySection()
    {
        using var parent = await SignedInAsync(DemoData.SecondParent);

        var (response, page) = await parent.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/advice");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var school = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Exe Valley Primary School", StringComparison.Ordinal));
        Assert.Equal("Overdue by 3 days", school.QuerySelector(".govuk-tag")!.TextContent);
        Assert.Contains("For section B: Special educational needs", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("working memory", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href$='/ask-for-advice']"));

        // The family's own advice is theirs: "You", not "Noah Osei's family".
        var own = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Parent", StringComparison.Ordinal));
        Assert.Equal("Asked of: You", own.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.DoesNotContain("'s family", page.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SaveDraft_IsThereAfterSigningInAgain_AndNotShownToOthers()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.Education);
        using (var senco = await SignedInAsync(DemoData.Senco))
        {
            var (_, form) = await senco.GetAsync(url);
            var (saved, _) = await senco.SubmitAsync(form, new Dictionary<string, string> { ["Texts[B]"] = "Isla finds it hard to join in with play at break time." });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var again = await SignedInAsync(DemoData.Senco);
        var (_, page) = await again.GetAsync(url);
        Assert.Equal("Isla finds it hard to join in with play at break time.", page.QuerySelector("textarea[name='Texts[B]']")!.TextContent);
        using var parent = await SignedInAsync(DemoData.SecondParent);
        var (_, advice) = await parent.GetAsync($"/children/{await factory.ChildIdAsync("Isla")}/advice");
        Assert.DoesNotContain("break time", advice.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SaveDraft_SaysWhenToSendIt_AndThatLateAdviceIsLate()
    {
        using var senco = await SignedInAsync(DemoData.Senco);
        var isla = await RequestUrlAsync("Isla", AdviceType.Education);
        var (_, form) = await senco.GetAsync(isla);
        var (saved, _) = await senco.SubmitAsync(form, new Dictionary<string, string> { ["Texts[B]"] = "Isla likes the reading corner." });
        var (_, onTime) = await senco.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Your draft has been saved. Come back to it and send it by 4 December 2026",
            onTime.QuerySelector(".govuk-notification-banner--success")!.TextContent, StringComparison.Ordinal);

        // Noah's school advice was due on 19 November, three days ago: the banner does not offer a day that has passed.
        var noah = await RequestUrlAsync("Noah", AdviceType.Education);
        var (_, lateForm) = await senco.GetAsync(noah);
        var (lateSaved, _) = await senco.SubmitAsync(lateForm, new Dictionary<string, string> { ["Texts[B]"] = "Noah settles best with a visual timetable." });
        var (_, late) = await senco.GetAsync(lateSaved.Headers.Location!.OriginalString);
        Assert.Contains("Your draft has been saved. Your advice was due on 19 November 2026: send it as soon as you can",
            late.QuerySelector(".govuk-notification-banner--success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Autosave_KeepsTheDraftAndSaysWhen()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.ParentOrYoungPerson);
        using var parent = await SignedInAsync(DemoData.SecondParent);
        var (_, form) = await parent.GetAsync(url);
        Assert.NotNull(form.QuerySelector("#advice-autosave-status[aria-live='polite']"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await parent.Http.PostAsync(new Uri(url + "?handler=Autosave", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Texts[A]"] = "Isla loves horses and wants to ride one day.",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var savedAt = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("savedAt").GetString();
        Assert.Matches("^[0-9]{1,2}:[0-9]{2}(am|pm)$", savedAt);
        var kept = await QueryAsync(db => db.AdviceSections.Where(s => s.AdviceRequestId == RequestIdOf(url)).Select(s => s.Text).SingleAsync());
        Assert.Equal("Isla loves horses and wants to ride one day.", kept);
    }

    [Fact]
    public async Task Post_SubmitWithAPdf_IsFinal_AndTheCaseworkerSeesAndDownloadsIt_WhileOthersAreRefused()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.EducationalPsychology);
        var isla = await factory.ChildIdAsync("Isla");
        using var psychologist = await SignedInAsync(DemoData.Psychologist);
        var (_, form) = await psychologist.GetAsync(url);

        var (response, _) = await psychologist.SubmitAsync(form, [("Texts[B]", "Isla's language is about a year behind her age.")], submitter: "button[formaction*=Submit]",
            files: [new("Attachment", "../../EP report: Isla?.pdf", "application/octet-stream", Pdf)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var caseworker = await SignedInAsync(DemoData.Caseworker);
        var (_, advice) = await caseworker.GetAsync($"/children/{isla}/advice");
        var section = advice.QuerySelector($"#advice-{RequestIdOf(url)}")!.ParentElement!;
        Assert.Contains("a year behind her age", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Submitted by Dr Lucy Moore on 22 November 2026", section.TextContent, StringComparison.Ordinal);
        var link = section.QuerySelector("a[href*='/advice/attachments/']")!;
        Assert.Equal("EP report_ Isla.pdf", link.TextContent);
        Assert.Equal("(PDF, 1 KB)", link.NextElementSibling!.TextContent);

        var download = await caseworker.Http.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        var stored = await QueryAsync(db => db.AdviceAttachments.SingleAsync(a => a.AdviceRequestId == RequestIdOf(url)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), stored.Sha256);
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.ChildId == isla && e.Kind == AuditKind.RecordViewed && e.Detail == "/Children/Advice/Attachment")));

        foreach (var outsider in new[] { DemoData.Parent, DemoData.SocialWorker })
        {
            using var other = await SignedInAsync(outsider);
            var refused = await other.Http.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        var (_, after) = await psychologist.GetAsync(url);
        Assert.Null(after.QuerySelector("textarea"));
        Assert.Contains("It is final", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SubmitTwice_CreatesNothingTheSecondTime_AndShowsWhatWasSubmitted()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.Health);
        using var paediatrician = await SignedInAsync(DemoData.Paediatrician);
        var (_, form) = await paediatrician.GetAsync(url);
        var values = new List<(string, string)> { ("Texts[C]", "Isla has glue ear and wears hearing aids.") };

        var (first, _) = await paediatrician.SubmitAsync(form, values, submitter: "button[formaction*=Submit]");
        var (second, _) = await paediatrician.SubmitAsync(form, [("Texts[C]", "A replayed and changed text.")], submitter: "button[formaction*=Submit]");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(url, second.Headers.Location!.OriginalString);
        var texts = await QueryAsync(db => db.AdviceSections.Where(s => s.AdviceRequestId == RequestIdOf(url)).Select(s => s.Text).ToListAsync());
        Assert.Equal(["Isla has glue ear and wears hearing aids."], texts);
        var isla = await factory.ChildIdAsync("Isla");
        Assert.Equal(1, await QueryAsync(db => db.AuditEvents.CountAsync(e => e.Kind == AuditKind.RecordChanged && e.ChildId == isla && e.Detail == "Advice submitted: Health")));
        var (_, shown) = await paediatrician.GetAsync(url);
        Assert.Contains("cannot be changed or submitted again", shown.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("glue ear", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AFileThatIsNotAPdfButNamedOne_IsRefused_AndTheTextIsKept()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.Education);
        using var senco = await SignedInAsync(DemoData.Senco);
        var (_, form) = await senco.GetAsync(url);
        var before = await AttachmentsOfAsync(url);

        var (response, page) = await senco.SubmitAsync(form, [("Texts[F]", "Small group phonics every morning.")], submitter: "button[formaction*=Submit]",
            files: [new("Attachment", "report.pdf", "application/pdf", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("must be a PDF, a Word document, or a PNG or JPEG image", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Small group phonics every morning.", page.QuerySelector("textarea[name='Texts[F]']")!.TextContent);
        Assert.Equal(before, await AttachmentsOfAsync(url));
        Assert.False(await QueryAsync(db => db.AdviceAttachments.AnyAsync(a => a.AdviceRequestId == RequestIdOf(url) && a.FileName == "report.pdf")));
        Assert.False(await QueryAsync(db => db.AdviceRequests.AnyAsync(a => a.Id == RequestIdOf(url) && a.SubmittedOn != null)));
        Assert.True(await QueryAsync(db => db.AdviceSections.AnyAsync(s => s.AdviceRequestId == RequestIdOf(url) && s.SectionCode == "F")));
    }

    [Fact]
    public async Task Post_AFileOverTheLimit_GetsAMessageOnTheForm()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.Education);
        using var senco = await SignedInAsync(DemoData.Senco);
        var (_, form) = await senco.GetAsync(url);
        var large = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(large, 0);
        var before = await AttachmentsOfAsync(url);

        var (response, page) = await senco.SubmitAsync(form, [], files: [new("Attachment", "big.pdf", "application/pdf", large)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The selected file must be smaller than 10 MB", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await AttachmentsOfAsync(url));
        Assert.False(await QueryAsync(db => db.AdviceAttachments.AnyAsync(a => a.AdviceRequestId == RequestIdOf(url) && a.FileName == "big.pdf")));
    }

    [Fact]
    public async Task Post_ADocxAndAnImage_AreAccepted_ButAZipWithoutAWordDocumentIsNot()
    {
        var url = await RequestUrlAsync("Isla", AdviceType.Education);
        using var senco = await SignedInAsync(DemoData.Senco);

        async Task<string?> UploadAsync(string name, byte[] content)
        {
            var (_, form) = await senco.GetAsync(url);
            var (_, page) = await senco.SubmitAsync(form, [], files: [new("Attachment", name, "application/octet-stream", content)]);
            return page.QuerySelector(".govuk-error-summary")?.TextContent;
        }

        Assert.Null(await UploadAsync("plan.docx", Zip("word/document.xml")));
        Assert.Null(await UploadAsync("photo", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.NotNull(await UploadAsync("fake.docx", Zip("xl/workbook.xml")));
        var kinds = await QueryAsync(db => db.AdviceAttachments.Where(a => a.AdviceRequestId == RequestIdOf(url)).Select(a => a.FileName + " " + a.ContentType).ToListAsync());
        Assert.Equal(["photo.jpg image/jpeg", "plan.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document"], kinds.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Post_SubmitWithNoAdvice_AsksForAtLeastOneSection()
    {
        var url = await RequestUrlAsync("Noah", AdviceType.Education);
        using var senco = await SignedInAsync(DemoData.Senco);
        var (_, form) = await senco.GetAsync(url);

        var (response, page) = await senco.SubmitAsync(form, [], submitter: "button[formaction*=Submit]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Write your advice for at least one section of the plan", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.AdviceRequests.AnyAsync(a => a.Id == RequestIdOf(url) && a.SubmittedOn != null)));
    }

    [Theory]
    [InlineData("paediatrician@example.org", HttpStatusCode.Forbidden)] // another professional on the same case
    [InlineData("kwame.osei@example.com", HttpStatusCode.Forbidden)] // the child's own family, not asked for this advice
    [InlineData("social.worker@example.org", HttpStatusCode.NotFound)] // a professional not invited to the case
    [InlineData("sarah.carter@example.com", HttpStatusCode.NotFound)] // another family
    public async Task AnyoneButTheContributorAsked_CannotSeeOrSubmitTheAdvice(string email, HttpStatusCode refusal)
    {
        var url = await RequestUrlAsync("Isla", AdviceType.Education);
        using var other = factory.CreatePortalClient();
        await other.SignInAsync(email);
        var (_, ownForm) = await other.GetAsync("/account/sign-in");
        var token = ownForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (get, _) = await other.GetAsync(url);
        var post = await other.Http.PostAsync(new Uri(url + "?handler=Submit", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Texts[B]"] = "Advice from someone not asked",
        }));

        Assert.Equal(refusal, get.StatusCode);
        Assert.Equal(refusal, post.StatusCode);
        Assert.False(await QueryAsync(db => db.AdviceSections.AnyAsync(s => s.Text == "Advice from someone not asked")));
        Assert.False(await QueryAsync(db => db.AdviceRequests.AnyAsync(a => a.Id == RequestIdOf(url) && a.SubmittedOn != null)));
    }

    [Fact]
    public async Task Get_LeosAdvice_WasGivenBeforeHisDraft_ByEveryoneHisPlanSaysItWasWrittenFrom()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = await SignedInAsync(DemoData.Caseworker);

        var (_, page) = await caseworker.GetAsync($"/children/{leo}/advice");

        Assert.DoesNotContain("No advice has been asked for yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("main .app-advice").Length);
        var draft = await QueryAsync(db => db.AssessmentCases.Where(c => c.ChildId == leo).Select(c => c.DraftPlanIssuedOn!.Value).SingleAsync());
        var advice = await QueryAsync(db => db.AdviceRequests.Where(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == leo))
            .Select(a => new { a.RequestedOn, a.SubmittedOn, By = db.Users.Where(u => u.Id == a.SubmittedById).Select(u => u.DisplayName).Single() }).ToListAsync());
        Assert.All(advice, a => Assert.True(a.RequestedOn < a.SubmittedOn && a.SubmittedOn < draft, $"{a.By}'s advice was given on {a.SubmittedOn}, after the draft of {draft}"));
        // Section K lists what the plan was written from, one source a line: "- Health advice, Dr Amir Khan, community paediatrician".
        var sources = SectionContent.FromJson(await QueryAsync(db => db.SectionRevisions
            .Where(r => r.SectionCode == "K" && db.Plans.Any(p => p.Id == r.PlanId && p.ChildId == leo)).OrderByDescending(r => r.Number).Select(r => r.Content).FirstAsync())).Text!;
        var cited = sources.Split('\n').Select(line => line.Split(", ")[1]).Order().ToList();
        Assert.Equal(cited, advice.Select(a => a.By).Order().ToList());
    }

    private static readonly string[] NoahsNeeds = ["developmental coordination disorder (dyspraxia)", "working memory and processing speed are well below"];
    private static readonly string[] NeedsNoahDoesNotHave = ["ADHD", "dyslexia"];

    [Fact]
    public async Task Get_NoahsPlan_DescribesTheNeedsHisAdviceDescribes_InItsWords()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = await SignedInAsync(DemoData.Caseworker);

        var (_, advice) = await caseworker.GetAsync($"/children/{noah}/advice");
        var (_, plan) = await caseworker.GetAsync($"/children/{noah}/plan");

        var given = advice.QuerySelector("main")!.TextContent;
        var planned = plan.QuerySelector("main")!.TextContent;
        Assert.All(NoahsNeeds, need =>
        {
            Assert.Contains(need, given, StringComparison.Ordinal);
            Assert.Contains(need, planned, StringComparison.Ordinal);
        });
        Assert.All(NeedsNoahDoesNotHave, other => Assert.DoesNotContain(other, planned + given, StringComparison.OrdinalIgnoreCase));
    }

    private static byte[] Zip(string entry)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<w:document/>");
        }

        return memory.ToArray();
    }
}
