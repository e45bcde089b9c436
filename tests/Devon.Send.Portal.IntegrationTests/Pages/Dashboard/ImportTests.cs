using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Pages.Dashboard;
using Devon.Send.Portal.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Dashboard;

public sealed class ImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Header = CaseHistoryFile.Header;

    private async Task<PortalClient> ManagerAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.TeamManager);
        return client;
    }

    /// <summary>Uploads a file through the page's own form and follows the redirect to the status page once the import has finished.</summary>
    private async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(PortalClient client, string fileName, byte[] content)
    {
        var (_, form) = await client.GetAsync("/dashboard/import");
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "CaseFile", fileName);
        var response = await client.Http.PostAsync(new Uri("/dashboard/import", UriKind.Relative), body);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return (response, await Parse(client, response));
        }

        var location = response.Headers.Location!.OriginalString;
        var id = Guid.Parse(location.Split('/')[^1]);
        await factory.Services.GetRequiredService<CaseImportJobs>().Find(id, await UserIdAsync(DemoData.TeamManager))!.Completion;
        return await client.GetAsync(location);
    }

    private static async Task<IHtmlDocument> Parse(PortalClient client, HttpResponseMessage response)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        return parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<string> UserIdAsync(DemoData.Account account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> CasesWithReferenceAsync(string prefix)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AssessmentCases.CountAsync(c => c.CaseReference.StartsWith(prefix));
    }

    private static byte[] Csv(params string[] rows) => System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    [Fact]
    public async Task Post_FileWithProblems_ListsEveryProblemWithItsLine_AndImportsNothing()
    {
        using var manager = await ManagerAsync();

        var (response, page) = await UploadAsync(manager, "history.csv", Csv(
            "UP1-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false",
            "UP1-2,2024-02-30,assess,2024-03-03,,,,false",
            "UP1-3,2024-03-01,assess,2024-04-01,2024-02-01,,,false"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: The file was not imported", page.Title, StringComparison.Ordinal);
        Assert.Equal("The file has 3 problems. Nothing was imported: put them right and upload the file again", page.QuerySelector(".govuk-error-summary li a[href='#problems']")!.TextContent);
        var rows = page.QuerySelectorAll("#problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["3", "request_received '2024-02-30' is not a real date in the form YYYY-MM-DD"], rows[0]);
        Assert.Equal(["4", "final_plan_issued 2024-02-01 is before request_received 2024-03-01"], rows[1]);
        Assert.Equal(0, await CasesWithReferenceAsync("UP1-"));
    }

    [Fact]
    public async Task Post_FileNotUtf8_NamesTheLineAndImportsNothing()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await UploadAsync(manager, "history.csv",
            [.. Csv("UP9-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false"), .. "UP9-Zo"u8, 0xEB, .. ",2024-01-03,assess,2024-02-03,,,,false\r\n"u8]);

        var rows = page.QuerySelectorAll("#problems tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["3", "This line is not UTF-8 text: save the file as UTF-8 (CSV UTF-8 in Excel) and try again"], Assert.Single(rows));
        Assert.Equal(0, await CasesWithReferenceAsync("UP9-"));
    }

    [Fact]
    public async Task Post_GoodFile_ImportsIt_ThenAgain_UpdatesTheSameCases()
    {
        using var manager = await ManagerAsync();
        var first = Csv("UP2-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false", "UP2-2,2024-01-05,refuse,2024-02-10,,,,true");

        var (_, page) = await UploadAsync(manager, "history.csv", first);
        var (_, again) = await UploadAsync(manager, "history.csv", Csv("UP2-1,2024-01-03,assess,2024-02-03,2024-05-08,,,false", "UP2-3,2024-01-05,pending,,,,,false"));

        Assert.Equal("Case history imported", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2", "0"], page.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent));
        Assert.Equal(["1", "1"], again.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cases = await db.AssessmentCases.Include(c => c.TimescaleExceptions).Where(c => c.CaseReference.StartsWith("UP2-")).OrderBy(c => c.CaseReference).ToListAsync();
        Assert.Equal(["UP2-1", "UP2-2", "UP2-3"], cases.Select(c => c.CaseReference));
        Assert.Equal(new DateOnly(2024, 5, 8), cases[0].FinalPlanIssuedOn);
        Assert.All(cases, c => Assert.Null(c.ChildId));
        Assert.Equal(TimescaleExceptionBasis.RecordedInPreviousSystem, Assert.Single(cases[1].TimescaleExceptions).LegalBasis);
        Assert.Equal(new DateOnly(2024, 2, 10), cases[1].RefusedOn);
    }

    [Fact]
    public async Task Post_ReferenceOfACaseRunInThePortal_IsRefused()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var reference = await db.AssessmentCases.Where(c => c.ChildId != null).Select(c => c.CaseReference).FirstAsync();
        using var manager = await ManagerAsync();

        var (_, page) = await UploadAsync(manager, "history.csv", Csv($"{reference},2020-01-03,pending,,,,,false"));

        Assert.Equal($"Case reference {reference} belongs to a case managed in the portal; an import cannot change it", page.QuerySelector("#problems tbody td:nth-child(2)")!.TextContent);
        Assert.NotEqual(new DateOnly(2020, 1, 3), await db.AssessmentCases.AsNoTracking().Where(c => c.CaseReference == reference).Select(c => c.RequestReceivedOn).SingleAsync());
    }

    [Theory]
    [InlineData("history.csv", 0, "The selected file is empty")]
    [InlineData("history.xlsx", 10, "The selected file must be a CSV file")]
    [InlineData("history.csv", ImportModel.MaxFileBytes + 1, "The selected file must be smaller than 20 MB")]
    public async Task Post_UnsuitableFile_ShowsTheErrorOnTheUploadPage(string name, long size, string message)
    {
        using var manager = await ManagerAsync();

        var (response, page) = await UploadAsync(manager, name, new byte[size]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector(".govuk-error-summary a[href='#CaseFile']")!.TextContent);
        Assert.Contains(message, page.QuerySelector("#CaseFile-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UploadPage_SaysTheSizeLimit()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard/import");

        Assert.Equal("A CSV file smaller than 20 MB (about 300,000 cases)", page.QuerySelector("#CaseFile-hint")!.TextContent);
    }

    [Fact]
    public async Task Get_AnotherPersonsImport_ReturnsNotFound()
    {
        var job = factory.Services.GetRequiredService<CaseImportJobs>().Enqueue("someone-else", "theirs.csv", Path.GetTempFileName());
        await job.Completion;
        using var manager = await ManagerAsync();

        var (response, _) = await manager.GetAsync($"/dashboard/import/{job.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Imports_AreAudited_WithWhoWhenAndHowMany_ButNoCaseDetails()
    {
        using var manager = await ManagerAsync();

        await UploadAsync(manager, "history.csv", Csv("UP5-1,2024-01-03,pending,,,,,false", "UP5-2,2024-01-03,pending,,,,,false"));
        await UploadAsync(manager, "history.csv", Csv("UP5-3,2024-01-03,maybe,,,,,false"));

        await using var scope = factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Kind == AuditKind.CaseHistoryImported || e.Kind == AuditKind.CaseHistoryRefused).ToListAsync();
        Assert.Contains(events, e => e is { Kind: AuditKind.CaseHistoryImported, ActorName: "Mark Ellis", Detail: "2 cases imported: 2 new, 0 updated (uploaded)" });
        Assert.Contains(events, e => e is { Kind: AuditKind.CaseHistoryRefused, ActorName: "Mark Ellis", Detail: "1 problem found in a file of 1 row; nothing imported (uploaded)" });
        Assert.DoesNotContain(events, e => e.Detail.Contains("UP5", StringComparison.Ordinal));
    }
}
