using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Requests.TransferIn;

/// <summary>
/// A plan arriving from another council (Reg 15(3)): the caseworker uploads the package, the portal checks every hash
/// and shows what it holds; a package that is not whole is refused naming the problem, and nothing is saved. The
/// package is Leo's plan as Somerset would send it to Devon: the same rows, written by the portal's own writer.
/// </summary>
public sealed class TransferInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Url = "/requests/transfer-in";

    private async Task<string> LeosPackageAsync(string toCouncil = "Devon County Council")
    {
        var leo = await factory.ChildIdAsync("Leo");
        return await factory.WithDbAsync(async db =>
        {
            var plan = await db.Plans.AsNoTracking().Where(p => p.ChildId == leo).SingleAsync();
            var revisions = await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync();
            var versions = await db.PlanVersions.AsNoTracking().Include(v => v.Sections).Where(v => v.PlanId == plan.Id).ToListAsync();
            var child = await db.Children.AsNoTracking().Where(c => c.Id == leo).Select(c => new TransferredChild(c.GivenName, c.FamilyName, c.DateOfBirth)).SingleAsync();
            var package = PlanTransferPackages.Create(child, "Somerset Council", toCouncil, new DateOnly(2026, 11, 16), new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 1),
                plan.Id, revisions, versions);
            return PlanTransferPackages.ToJson(package);
        });
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(PortalClient client, string fileName, string content)
    {
        var (_, form) = await client.GetAsync(Url);
        return await client.SubmitAsync(form, [], files: [new PortalClient.FormFile("PackageFile", fileName, "application/json", Encoding.UTF8.GetBytes(content))]);
    }

    private static IEnumerable<string> Errors(IHtmlDocument page) => page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent);

    private Task<int> ChildrenAsync() => factory.WithDbAsync(db => db.Children.CountAsync());

    [Fact]
    public async Task Page_FamilyOrInvitedProfessional_ReturnsForbidden()
    {
        var package = await LeosPackageAsync();
        foreach (var account in new[] { DemoData.Parent, DemoData.Senco, DemoData.Paediatrician })
        {
            using var client = factory.CreatePortalClient();
            await client.SignInAsync(account);

            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url)).Response.StatusCode);
            using var body = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(package)), "PackageFile", "plan.json" } };
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.PostAsync(new Uri(Url, UriKind.Relative), body)).StatusCode);
        }
    }

    [Fact]
    public async Task Upload_WholePackage_ShowsWhatItHoldsAndSavesNothing()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, home) = await caseworker.GetAsync("/home");
        Assert.NotNull(home.QuerySelector($"a[href='{Url}']"));
        var children = await ChildrenAsync();
        var audit = await factory.WithDbAsync(db => db.AuditEvents.CountAsync());

        var (response, page) = await UploadAsync(caseworker, "ehc-plan-transfer.json", await LeosPackageAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Errors(page));
        var rows = page.QuerySelectorAll("#package .govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        var leo = await factory.WithDbAsync(db => db.Children.Where(c => c.GivenName == "Leo").Select(c => c.DateOfBirth).SingleAsync());
        var versions = await factory.WithDbAsync(db => db.PlanVersions.Where(v => db.Plans.Any(p => p.Id == v.PlanId && p.ChildId == db.Children.Single(c => c.GivenName == "Leo").Id))
            .OrderBy(v => v.Number).ToListAsync());
        Assert.Equal("Leo Carter", rows["Name"]);
        Assert.Equal(leo.ToUkDate(), rows["Date of birth"]);
        Assert.Equal("Somerset Council", rows["From"]);
        Assert.Equal("16 November 2026", rows["Date of the move"]);
        Assert.Equal(versions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), rows["Issued versions"]);
        Assert.Equal($"{versions[^1].Label}, {versions[^1].IssuedAt.ToUkDate()}", rows["Last issued"]);
        Assert.Equal("Not reviewed since the plan was made", rows["Last review"]);
        Assert.Equal(children, await ChildrenAsync());
        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Upload_SectionChangedOnTheWay_IsRefusedNamingTheSectionAndTheVersion()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        // The last revision of section F, which the last issued version names.
        var package = JsonNode.Parse(await LeosPackageAsync())!;
        var revision = package["plan"]!["revisions"]!.AsArray().Last(r => (string)r!["section"]! == "F")!;
        revision["content"] = ((string)revision["content"]!).Replace("a", "b", StringComparison.Ordinal);
        var children = await ChildrenAsync();

        var (response, page) = await UploadAsync(caseworker, "ehc-plan-transfer.json", package.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The summary names the first problem; the field lists every one.
        var revisionNumber = (int)revision["number"]!;
        Assert.Equal([$"Section F revision {revisionNumber} was changed after it was saved."], Errors(page));
        var field = page.QuerySelector("#PackageFile-error")!.TextContent;
        Assert.Contains($"Section F revision {revisionNumber} was changed after it was saved.", field, StringComparison.Ordinal);
        Assert.Matches(@"\(version \d+\): section F \([^)]+\) was changed after the version was issued\.", field);
        Assert.Null(page.QuerySelector("#package"));
        Assert.NotNull(page.QuerySelector("main form input[type=file]"));
        Assert.Equal(children, await ChildrenAsync());
    }

    [Fact]
    public async Task Upload_VersionRemoved_IsRefusedNamingTheVersion()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var package = JsonNode.Parse(await LeosPackageAsync())!;
        var versions = package["plan"]!["versions"]!.AsArray();
        Assert.True(versions.Count >= 2, "Leo's plan has a draft and a final version.");
        versions.RemoveAt(0);

        var (_, page) = await UploadAsync(caseworker, "ehc-plan-transfer.json", package.ToJsonString());

        Assert.Contains(Errors(page), e => e.StartsWith("Version 1 is missing", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("#package"));
    }

    [Theory]
    [InlineData("plan.csv", "{}", "The selected file must be a JSON file")]
    [InlineData("plan.json", "", "The selected file is empty")]
    [InlineData("plan.json", "not json at all", "The file is not a plan transfer package: it is not valid JSON of that format.")]
    [InlineData("plan.json", "{\"format\":\"something-else\"}", "The file is not a plan transfer package.")]
    [InlineData("plan.json", "{\"format\":\"devon-send-portal/ehc-plan-transfer\",\"formatVersion\":2}", "The package is of a format version this portal cannot read: it reads format version 1 only.")]
    public async Task Upload_NotAPackage_IsRefused(string fileName, string content, string error)
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, page) = await UploadAsync(caseworker, fileName, content);

        Assert.Equal([error], Errors(page));
        Assert.Equal(error, page.QuerySelector("#PackageFile-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Null(page.QuerySelector("#package"));
    }

    [Fact]
    public async Task Upload_NoFile_AsksForOne()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync(Url);

        var (_, page) = await caseworker.SubmitAsync(form, [], files: []);

        Assert.Equal(["Select the plan transfer package"], Errors(page));
    }

    [Fact]
    public async Task Upload_PackageAddressedToAnotherCouncil_IsRefused()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (_, page) = await UploadAsync(caseworker, "plan.json", await LeosPackageAsync("Cornwall Council"));

        Assert.Equal(["The package is addressed to Cornwall Council, not Devon County Council"], Errors(page));
    }
}
