using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children;

/// <summary>
/// The family's download of everything held about their child. Mia (Jo Hughes's daughter, a draft plan issued) is
/// given advice with an attachment, a comment on her draft, a notification, and a view by her caseworker.
/// </summary>
public sealed class YourDataTests(YourDataTests.Seeded seeded) : IClassFixture<YourDataTests.Seeded>
{
    public const string AdviceText = "Mia responds well to a visual timetable at the start of each session.";
    public const string CommentText = "Please say more about Mia's speech and language therapy.";
    public static readonly byte[] Attachment = Encoding.UTF8.GetBytes("%PDF-1.4 speech and language report for the test");

    public sealed class Seeded : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public Guid Mia { get; private set; }

        public async Task InitializeAsync()
        {
            Mia = await Factory.ChildIdAsync("Mia");
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var now = PortalFactory.Today;
                var jo = await db.Users.Where(u => u.Email == DemoData.ThirdParent.Email).Select(u => u.Id).SingleAsync();
                var advice = await db.AdviceRequests.Where(a => a.SubmittedOn != null && db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == Mia))
                    .OrderBy(a => a.Type).FirstAsync();
                db.AdviceSections.Add(new AdviceSection { AdviceRequestId = advice.Id, SectionCode = "C", Text = AdviceText });
                var key = await scope.ServiceProvider.GetRequiredService<IAttachmentStore>().SaveAsync(new MemoryStream(Attachment));
                db.AdviceAttachments.Add(new AdviceAttachment
                {
                    AdviceRequestId = advice.Id, FileName = "SALT report: Mia?.pdf", ContentType = "application/pdf", Length = Attachment.Length,
                    Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Attachment)), StorageKey = key, UploadedById = advice.SubmittedById ?? jo, UploadedAt = now,
                });
                var draft = await db.PlanVersions.Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.ChildId == Mia)).Select(v => v.Id).FirstAsync();
                db.DraftComments.Add(new DraftComment { VersionId = draft, SectionCode = "F", Text = CommentText, AuthorId = jo, AuthorName = "Jo Hughes", AuthorRole = PortalRoles.Parent, CreatedAt = now });
                db.Notifications.Add(new Notification { UserId = jo, ChildId = Mia, Message = "A draft plan for Mia was issued.", Link = $"/children/{Mia}/plan", CreatedAt = now });
                await db.SaveChangesAsync();
            }

            using var caseworker = Factory.CreatePortalClient();
            await caseworker.SignInAsync(DemoData.Caseworker);
            await caseworker.GetAsync($"/children/{Mia}/case");
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<PortalClient> SignedInAsync(DemoData.Account account)
    {
        var client = seeded.Factory.CreatePortalClient();
        await client.SignInAsync(account);
        return client;
    }

    private string Url => $"/children/{seeded.Mia}/your-data";

    [Fact]
    public async Task Get_Parent_SeesWhatTheDownloadHoldsAndAButton()
    {
        using var jo = await SignedInAsync(DemoData.ThirdParent);

        var (response, page) = await jo.GetAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Download everything we hold about Mia – Devon SEND Portal", page.Title, StringComparison.Ordinal);
        Assert.Contains("every version of the EHC plan that was issued", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("post", page.QuerySelector("main form")!.GetAttribute("method"));
        Assert.Equal("Download (zip file)", page.QuerySelector("main form button")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_ParentsHomePage_LinksToTheDownload()
    {
        using var jo = await SignedInAsync(DemoData.ThirdParent);

        var (_, page) = await jo.GetAsync("/home");

        Assert.NotNull(page.QuerySelector($"a[href='{Url}']"));
    }

    [Fact]
    public async Task Post_Parent_GetsTheAnnualReviewAndTheViewsGivenForIt()
    {
        using var mother = await SignedInAsync(DemoData.Parent);
        var url = $"/children/{await seeded.Factory.ChildIdAsync("Leo")}/your-data";
        var (_, page) = await mother.GetAsync(url);

        using var response = await PostAsync(mother, page, url);

        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var index = WebUtility.HtmlDecode(Read(zip, "index.html"));
        Assert.Contains("<h2>Annual reviews</h2>", index, StringComparison.Ordinal);
        Assert.Contains("the quiet room at lunchtime means he stays in school all day", index, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Read(zip, "data.json"));
        Assert.Equal(1, json.RootElement.GetProperty("reviews")[0].GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Post_Parent_TheRecordsHistoryNamesWhoDidEachThing_EvenWhatTheDemoDataWrote()
    {
        using var mother = await SignedInAsync(DemoData.Parent);
        var url = $"/children/{await seeded.Factory.ChildIdAsync("Leo")}/your-data";
        var (_, page) = await mother.GetAsync(url);

        using var response = await PostAsync(mother, page, url);

        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        Assert.DoesNotContain("Someone not signed in", WebUtility.HtmlDecode(Read(zip, "index.html")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Read(zip, "data.json"));
        var log = json.RootElement.GetProperty("recordLog").EnumerateArray()
            .Select(e => (Who: e.GetProperty("who").GetString(), Detail: e.GetProperty("detail").GetString(), At: e.GetProperty("at").GetDateTimeOffset())).ToList();
        var started = Assert.Single(log, e => e.Detail == "EHC plan started");
        Assert.Equal(DemoData.Caseworker.DisplayName, started.Who);
        Assert.True(started.At < PortalFactory.Today.AddMonths(-11), $"Leo's plan was started a year ago, not at {started.At}");
        Assert.Contains(log, e => e is { Who: "Dr Lucy Moore", Detail: "Advice submitted: Educational psychology" });
        Assert.Contains(log, e => e is { Who: "Sarah Carter", Detail: "Views given for annual review 1" });
    }

    [Fact]
    public async Task Post_Parent_GetsAZipOfEveryPartWithTheRecordsOwnText()
    {
        using var jo = await SignedInAsync(DemoData.ThirdParent);
        var (_, page) = await jo.GetAsync(Url);

        var response = await PostAsync(jo, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment; filename=\"devon-send-portal-record-", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var index = WebUtility.HtmlDecode(Read(zip, "index.html"));
        Assert.Contains("Everything the portal holds about Mia Hughes", index, StringComparison.Ordinal);
        foreach (var link in new[] { "plan/version-1.html", "plan/current.html", "advice.html", "comments-and-responses.html", "data.json" })
        {
            Assert.Contains($"href=\"{link}\"", index, StringComparison.Ordinal);
            Assert.NotNull(zip.GetEntry(link));
        }

        // The caseworker's look at Mia's case is in the log of who has looked.
        Assert.Contains("Priya Shah", index, StringComparison.Ordinal);
        Assert.Contains("Priya Shah, SEND caseworker, Devon County Council 0–25 SEND Team, looked at the case", index, StringComparison.Ordinal);
        Assert.DoesNotContain("/Children/", index, StringComparison.Ordinal);
        Assert.Contains("A draft plan for Mia was issued.", index, StringComparison.Ordinal);
        Assert.Contains("By the end of Reception, Mia will use 50 words or signs to ask for what she needs.", WebUtility.HtmlDecode(Read(zip, "plan/version-1.html")), StringComparison.Ordinal);
        Assert.Contains("Draft 1", WebUtility.HtmlDecode(Read(zip, "plan/version-1.html")), StringComparison.Ordinal);
        Assert.Contains(AdviceText, WebUtility.HtmlDecode(Read(zip, "advice.html")), StringComparison.Ordinal);
        Assert.Contains(CommentText, WebUtility.HtmlDecode(Read(zip, "comments-and-responses.html")), StringComparison.Ordinal);
        var attachment = Assert.Single(zip.Entries, e => e.FullName.StartsWith("advice/", StringComparison.Ordinal));
        Assert.EndsWith("SALT report_ Mia_.pdf", attachment.FullName, StringComparison.Ordinal);
        await using (var content = await attachment.OpenAsync())
        {
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes);
            Assert.Equal(Attachment, bytes.ToArray());
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("<script", Read(zip, entry.FullName), StringComparison.OrdinalIgnoreCase);
        }

        using var json = JsonDocument.Parse(Read(zip, "data.json"));
        var root = json.RootElement;
        Assert.Equal("Mia", root.GetProperty("child").GetProperty("givenName").GetString());
        Assert.Contains(root.GetProperty("advice").EnumerateArray().SelectMany(a => a.GetProperty("sections").EnumerateArray()), s => s.GetProperty("text").GetString() == AdviceText);
        Assert.Contains(root.GetProperty("comments").EnumerateArray(), c => c.GetProperty("text").GetString() == CommentText);
        Assert.Contains(root.GetProperty("recordLog").EnumerateArray(), l => l.GetProperty("who").GetString() == "Priya Shah");
        Assert.Contains(root.GetProperty("plan").EnumerateArray(), p => p.GetProperty("title").GetString() == "Draft 1");
        Assert.False(root.GetProperty("advice")[0].GetProperty("attachments")[0].TryGetProperty("storageKey", out _));
    }

    [Fact]
    public async Task Post_Parent_TheDownloadIsAuditedWithoutPersonalData()
    {
        using var jo = await SignedInAsync(DemoData.ThirdParent);
        var (_, page) = await jo.GetAsync(Url);

        (await PostAsync(jo, page)).Dispose();

        await using var scope = seeded.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var logged = await db.AuditEvents.Where(e => e.Kind == AuditKind.DataDownloaded && e.ChildId == seeded.Mia).ToListAsync();
        Assert.NotEmpty(logged);
        Assert.All(logged, e => Assert.DoesNotContain("Mia", e.Detail, StringComparison.Ordinal));
        Assert.DoesNotContain(seeded.Factory.Logs.Messages, m => m.Contains("Mia", StringComparison.Ordinal) || m.Contains(AdviceText, StringComparison.Ordinal));
    }

    public static TheoryData<string> Refused => new()
    {
        DemoData.Parent.Email,        // another family
        DemoData.Senco.Email,         // a professional not invited to Mia's case
        DemoData.Paediatrician.Email, // a professional invited to it: the download is the family's
        DemoData.Caseworker.Email,    // Mia's caseworker: the council holds the record; the family asks for it
        DemoData.TeamManager.Email,
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task GetAndPost_AnyoneButTheFamily_IsRefused(string email)
    {
        var account = DemoData.AllAccounts.Single(a => a.Email == email);
        using var client = await SignedInAsync(account);

        var (get, getPage) = await client.GetAsync(Url);
        var (_, home) = await client.GetAsync("/home");
        var post = await PostAsync(client, home);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain("Download everything", getPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotEqual("application/zip", post.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_YoungPersonWithTheirOwnAccount_MayDownloadTheirOwnRecord()
    {
        var jacob = await seeded.Factory.ChildIdAsync("Jacob");
        using var client = await SignedInAsync(DemoData.YoungPerson);

        var (response, _) = await client.GetAsync($"/children/{jacob}/your-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Posts to the download with the anti-forgery token of a form on the page given (the sign-out form on any page will do).</summary>
    private async Task<HttpResponseMessage> PostAsync(PortalClient client, IHtmlDocument page, string? url = null)
    {
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        return await client.Http.PostAsync(new Uri(url ?? Url, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
