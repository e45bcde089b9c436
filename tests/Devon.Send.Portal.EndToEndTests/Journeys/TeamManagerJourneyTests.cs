using System.Text;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class TeamManagerJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_team_manager_reads_the_figures_and_imports_case_history_putting_a_mistake_right()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.TeamManager);

        await page.GetByRole(AriaRole.Link, new() { Name = "See your performance figures" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Performance figures");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Percentage of EHC plans issued within 20 weeks" }).First).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Import case history from the previous system" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Import case history");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Upload a file").SetInputFilesAsync(File("history.csv",
            "E2E-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false",
            "E2E-2,2024-02-30,assess,2024-03-03,2024-06-01,,,false"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The file was not imported");
        await Assertions.Expect(page.Locator("#problems tbody tr")).ToContainTextAsync("request_received '2024-02-30' is not a real date");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a corrected file" }).ClickAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(File("history.csv",
            "E2E-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false",
            "E2E-2,2024-02-28,assess,2024-03-03,2024-06-01,,,false"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Case history imported");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "See the performance figures" }).ClickAsync();
        await page.GetByLabel("First month").FillAsync("2024-05");
        await page.GetByLabel("Last month").FillAsync("2024-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).ClickAsync();
        await Assertions.Expect(page.Locator("#timeliness-table tbody tr").First).ToContainTextAsync("May 2024");
        await Assertions.Expect(page.Locator("#timeliness-table tbody tr").First.Locator("td").First).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("svg rect.app-chart__bar")).ToHaveCountAsync(2);
        await page.AssertNoAxeViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download these figures") }).ClickAsync());
        Assert.Equal("timeliness-2024-05-to-2024-06.csv", download.SuggestedFilename);
        Assert.Empty(portal.ErrorsIn(page));
    }

    private static FilePayload File(string name, params string[] rows) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\n", [CaseHistoryFile.Header, .. rows]) + "\n"),
    };
}
