using System.Globalization;
using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Pages.Dashboard;
using Devon.Send.Portal.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Dashboard;

/// <summary>The team manager's dashboard, on the demo data plus the sample case history and a few cases added here.</summary>
public sealed class IndexTests(IndexTests.Data data) : IClassFixture<IndexTests.Data>
{
    /// <summary>One portal for the class: the sample history imported, an overloaded caseworker and an overdue review added.</summary>
    public sealed class Data : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            using (var reader = new StreamReader(Fixtures.SampleCases))
            {
                await scope.ServiceProvider.GetRequiredService<CaseHistoryImport>().ImportAsync(reader, null, "test");
            }

            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var team = await db.SendTeams.SingleAsync();
            var now = PortalFactory.Today;
            var busy = new PortalUser { UserName = "busy@example.org", Email = "busy@example.org", DisplayName = "Bella Busy", SendTeamId = team.Id, CreatedAt = now };
            db.Users.Add(busy);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            for (var i = 0; i < 201; i++)
            {
                var child = new Child { GivenName = "Child" + i, FamilyName = "Caseload", DateOfBirth = new DateOnly(2015, 1, 1), CaseworkerId = busy.Id, SendTeamId = team.Id, CreatedAt = now };
                child.Cases.Add(new AssessmentCase { ChildId = child.Id, RequestReceivedOn = today.AddDays(-30) });
                db.Children.Add(child);
            }

            // A plan issued 13 months ago and never reviewed: its review is a month overdue.
            var overdue = new Child { GivenName = "Ruby", FamilyName = "Reviewless", DateOfBirth = new DateOnly(2014, 3, 1), CaseworkerId = busy.Id, SendTeamId = team.Id, CreatedAt = now };
            overdue.Cases.Add(new AssessmentCase { ChildId = overdue.Id, RequestReceivedOn = new DateOnly(2025, 5, 1), DecisionToAssessOn = new DateOnly(2025, 6, 1), FinalPlanIssuedOn = new DateOnly(2025, 9, 15) });
            db.Children.Add(overdue);

            // A child under 5 whose plan was made on 2 March 2026: past the council's 6-month target on 1 September, within the law's 12 months.
            var young = new Child { GivenName = "Tom", FamilyName = "Toddler", DateOfBirth = new DateOnly(2023, 1, 10), SendTeamId = team.Id, CreatedAt = now };
            young.Cases.Add(new AssessmentCase { ChildId = young.Id, RequestReceivedOn = new DateOnly(2025, 10, 13), DecisionToAssessOn = new DateOnly(2025, 11, 10), FinalPlanIssuedOn = new DateOnly(2026, 3, 2) });
            db.Children.Add(young);
            await db.SaveChangesAsync();
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private async Task<PortalClient> ManagerAsync()
    {
        var client = data.Factory.CreatePortalClient();
        await client.SignInAsync(DemoData.TeamManager);
        return client;
    }

    [Fact]
    public async Task Get_TeamManager_SeesTheCouncilsMonthlyTableWithTheImportedHistory()
    {
        using var manager = await ManagerAsync();

        var (response, page) = await manager.GetAsync("/dashboard?from=2024-01&to=2024-05");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#timeliness-table tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(["January 2024", "80", "30", "38%", "38%", "180", "12"], rows[0]);
        Assert.Equal(["May 2024", "88", "47", "53%", "45%", "140", "11"], rows[4]);
        Assert.Contains("history imported from the previous system", page.QuerySelector("#timeliness + p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("svg rect.app-chart__bar").Length);
    }

    [Fact]
    public async Task Get_TeamManager_SeesABelievableYear_PlansEveryMonth_SomeOnTimeAndSomeLate()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard");

        // January to November 2026: the demo's history from the previous system, as a council's months look.
        var rows = page.QuerySelectorAll("#timeliness-table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList())
            .Select(c => (Completed: int.Parse(c[0], CultureInfo.InvariantCulture), OnTime: int.Parse(c[1], CultureInfo.InvariantCulture), Percent: c[2])).ToList();
        Assert.Equal(11, rows.Count);
        Assert.True(rows.Count(r => r.Completed >= 5) >= 10, string.Join(", ", rows));
        Assert.True(rows.Sum(r => r.OnTime) > 0 && rows.Sum(r => r.Completed - r.OnTime) > 0, string.Join(", ", rows));
        Assert.True(rows.Select(r => r.Percent).Distinct().Count() >= 5, string.Join(", ", rows));
        var requests = page.QuerySelectorAll("#requests + table tbody tr td").Select(c => int.Parse(c.TextContent.Trim(), CultureInfo.InvariantCulture)).ToList();
        Assert.True(requests.Count(r => r >= 10) >= 10, string.Join(", ", requests));
        Assert.True(page.QuerySelectorAll("svg rect.app-chart__bar").Count(b => b.GetAttribute("height") != "0") >= 10);
    }

    [Fact]
    public async Task Get_Csv_DownloadsTheSameCsvAsTheReportCommand()
    {
        using var manager = await ManagerAsync();

        var response = await manager.Http.GetAsync(new Uri("/dashboard?handler=Csv&from=2024-01&to=2024-05", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("timeliness-2024-01-to-2024-05.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(await File.ReadAllTextAsync(Fixtures.SampleFigures), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_YourTeam_LeavesOutTheHistoryThatHasNoTeam_AndSaysSo()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard?from=2024-01&to=2024-05&scope=team");

        Assert.All(page.QuerySelectorAll("#timeliness-table tbody tr"), r => Assert.Equal("0", r.QuerySelectorAll("td")[0].TextContent.Trim()));
        Assert.Contains("The history imported from the previous system is left out", page.QuerySelector("#timeliness + p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TeamManager_SeesRequestsPerMonth()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard?from=2024-01&to=2024-01");

        var cells = page.QuerySelector("#requests + table tbody tr")!.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim());
        var sample = File.ReadLines(Fixtures.SampleCases).Count(l => l.Split(',')[1].StartsWith("2024-01", StringComparison.Ordinal));
        Assert.Equal(["January 2024", sample.ToString(System.Globalization.CultureInfo.InvariantCulture)], cells);
    }

    [Fact]
    public async Task Get_TeamManager_SeesAnOverloadedCaseworkerHighlighted()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard");

        var rows = page.QuerySelectorAll("#caseloads ~ table tbody tr").Take(2).ToList();
        Assert.Equal("Bella Busy", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("202", rows[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Contains("app-row--overloaded", rows[0].ClassName, StringComparison.Ordinal);
        Assert.Equal("Over by 2", rows[0].QuerySelector(".govuk-tag--red")!.TextContent);
        Assert.Equal("Priya Shah", rows[1].QuerySelector("th")!.TextContent);
        Assert.DoesNotContain("app-row--overloaded", rows[1].ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TeamManager_SeesOverdueAnnualReviews()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard");

        var row = Assert.Single(page.QuerySelectorAll("#reviews + p + table tbody tr"));
        Assert.Equal(["Ruby Reviewless", "Bella Busy", "14 September 2026", "69"], row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Get_TeamManager_SeesUnderFivesPastTheCouncilsTargetApartFromOverdueReviews()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard");

        Assert.Contains("every 6 months", page.QuerySelector("#under-five-target + p")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(page.QuerySelectorAll("#under-five-target + p + table tbody tr"));
        Assert.Equal(["Tom Toddler", "Not allocated", "1 September 2026", "82"], row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()));
        Assert.DoesNotContain(page.QuerySelectorAll("#reviews + p + table tbody th"), th => th.TextContent.Contains("Tom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_TeamManager_SeesAdviceTimelinessPerKindOfContributor()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/dashboard");

        // The demo cases: psychologists answered on days 41 (Noah) and 40 (Mia); Noah's school has not answered and is overdue.
        var rows = page.QuerySelectorAll("#advice ~ table")[0].QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        Assert.Equal(["2", "2", "100%", "0"], rows["Educational psychology"]);
        Assert.Equal(["0", "0", "None returned", "1"], rows["Education"]);
    }

    [Theory]
    [InlineData("/dashboard?from=2026-13", "Enter the first month as a year and month, like 2026-01")]
    [InlineData("/dashboard?from=2026-05&to=2026-01", "The last month must be the same as or after the first month")]
    [InlineData("/dashboard?to=2027-01", "The last month must be November 2026 or earlier")]
    [InlineData("/dashboard?from=2010-01&to=2026-01", "Choose at most 10 years of months")]
    public async Task Get_BadMonths_ShowsTheErrorSummary(string url, string message)
    {
        using var manager = await ManagerAsync();

        var (response, page) = await manager.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(message, page.QuerySelector(".govuk-error-summary li")!.TextContent);
        Assert.Null(page.QuerySelector("#timeliness-table"));
    }

    [Fact]
    public async Task Get_TeamManagersHomePage_LinksToTheDashboard()
    {
        using var manager = await ManagerAsync();

        var (_, page) = await manager.GetAsync("/home");

        Assert.NotNull(page.QuerySelector("a[href='/dashboard']"));
    }

    [Theory]
    [MemberData(nameof(EveryOtherRole))]
    public async Task Get_EveryOtherRole_ReturnsForbidden(string email)
    {
        using var client = data.Factory.CreatePortalClient();
        await client.SignInAsync(DemoData.AllAccounts.Single(a => a.Email == email));

        foreach (var url in new[] { "/dashboard", "/dashboard?handler=Csv", "/dashboard/import" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }
    }

    public static TheoryData<string> EveryOtherRole() => [.. DemoData.Accounts.Where(a => a.Role != PortalRoles.TeamManager).Select(a => a.Email)];

    [Fact]
    public async Task Get_Anonymous_IsSentToSignIn()
    {
        using var client = data.Factory.CreatePortalClient();

        var response = await client.Http.GetAsync(new Uri("/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
