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
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.PostAsync(new Uri(Url + "?handler=Confirm", UriKind.Relative), new FormUrlEncodedContent([new("Checked", "x")]))).StatusCode);
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
    public async Task Confirm_PlanMadeHere_IsRefusedAndNothingSaved()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, check) = await UploadAsync(caseworker, "ehc-plan-transfer.json", await LeosPackageAsync());
        var children = await ChildrenAsync();

        var (response, page) = await caseworker.SubmitAsync(check, [], "main form[action*=Confirm]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["This plan is already in the portal as a plan made by this council, so it cannot be taken in again"], Errors(page));
        Assert.Equal(children, await ChildrenAsync());
    }

    [Fact]
    public async Task Confirm_CheckChangedInTheBrowser_IsRefusedAndNothingSaved()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, check) = await UploadAsync(caseworker, "ehc-plan-transfer.json", await LeosPackageAsync());
        var token = check.QuerySelector("input[name=Checked]")!.GetAttribute("value")!;
        var children = await ChildrenAsync();

        var (_, page) = await caseworker.SubmitAsync(check, [("Checked", token[..^4] + "AAAA")], "main form[action*=Confirm]");

        Assert.Equal(["The check has expired or could not be read. Upload the package again"], Errors(page));
        Assert.Equal(children, await ChildrenAsync());

        // Another caseworker cannot use this one's check either.
        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (_, form) = await manager.GetAsync(Url);
        var (_, other) = await manager.SubmitAsync(form, [], files: []);
        var antiforgery = other.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (_, refused) = await manager.SubmitAsync(check, [("Checked", token), ("__RequestVerificationToken", antiforgery)], "main form[action*=Confirm]");
        Assert.Equal(["The check has expired or could not be read. Upload the package again"], Errors(refused));
        Assert.Equal(children, await ChildrenAsync());
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
    public async Task Upload_PackageNotUtf8_IsRefusedNamingTheLine()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var children = await ChildrenAsync();
        var (_, form) = await caseworker.GetAsync(Url);

        var (_, page) = await caseworker.SubmitAsync(form, [], files:
            [new PortalClient.FormFile("PackageFile", "plan.json", "application/json", [.. "{\n  \"child\": {\n    \"givenName\": \"Zo"u8, 0xEB, .. "\"\n  }\n}\n"u8])]);

        Assert.Equal(["Line 3 of the file is not UTF-8 text: ask the council that sent it for the package again"], Errors(page));
        Assert.Null(page.QuerySelector("#package"));
        Assert.Equal(children, await ChildrenAsync());
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

/// <summary>
/// Leo's plan sent by "the other council" (a second portal, with its own ids) and taken in here: five confirms at once
/// take it in once, as a new child in the caseworker's team, with the plan's history intact and the case left out of the
/// 20-week figures.
/// </summary>
public sealed class TransferInRoundTripTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_plan_sent_by_another_council_is_taken_in_once_with_its_history()
    {
        string json;
        DateOnly finalOn;
        await using (var other = new PortalFactory { OwnDatabase = true })
        {
            var leo = await other.ChildIdAsync("Leo");
            (json, finalOn) = await other.WithDbAsync(async db =>
            {
                var plan = await db.Plans.AsNoTracking().Where(p => p.ChildId == leo).SingleAsync();
                var revisions = await db.SectionRevisions.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync();
                var versions = await db.PlanVersions.AsNoTracking().Include(v => v.Sections).Where(v => v.PlanId == plan.Id).ToListAsync();
                var child = await db.Children.AsNoTracking().Where(c => c.Id == leo).Select(c => new TransferredChild(c.GivenName, c.FamilyName, c.DateOfBirth)).SingleAsync();
                var final = await db.AssessmentCases.Where(c => c.ChildId == leo).Select(c => c.FinalPlanIssuedOn!.Value).SingleAsync();
                return (PlanTransferPackages.ToJson(PlanTransferPackages.Create(child, "Somerset Council", "Devon County Council", new DateOnly(2026, 11, 16), final, final,
                    plan.Id, revisions, versions)), final);
            });
        }

        var reading = PlanTransferPackages.Read(json);
        var months = (From: new CalendarMonth(finalOn.Year - 1, finalOn.Month), To: new CalendarMonth(2026, 11));
        var figuresBefore = await TimelinessAsync(months.From, months.To);
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync("/requests/transfer-in");
        var (_, check) = await caseworker.SubmitAsync(form, [], files: [new PortalClient.FormFile("PackageFile", "ehc-plan-transfer.json", "application/json", Encoding.UTF8.GetBytes(json))]);

        Assert.Equal("22", check.QuerySelector("input[name='ArrivedOn.Day']")!.GetAttribute("value"));

        // The day the plan arrived is the date of the transfer: never in the future; a mistake keeps the check.
        var (_, future) = await caseworker.SubmitAsync(check, [("ArrivedOn.Day", "23")], "main form[action*=Confirm]");
        Assert.Equal(["The date the plan arrived must be today or in the past"], future.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        Assert.NotNull(future.QuerySelector("#package"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Children.CountAsync(c => c.GivenName == "Leo")));

        // It arrived on Friday 20 November and is confirmed on Sunday 22nd: the limits count from the 20th.
        var posts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(check, [("ArrivedOn.Day", "20")], "main form[action*=Confirm]")));

        var locations = posts.Select(p => p.Response.Headers.Location?.OriginalString).Distinct().ToList();
        var location = Assert.Single(locations);
        var childId = Guid.Parse(location!.Split('/')[2]);
        Assert.Equal($"/children/{childId}/case", location);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Children.CountAsync(c => c.GivenName == "Leo")));
        var (assessment, teamOk) = await factory.WithDbAsync(async db => (
            await db.AssessmentCases.SingleAsync(c => c.ChildId == childId),
            await db.Children.AnyAsync(c => c.Id == childId && c.SendTeamId == db.Users.Single(u => u.Email == DemoData.Caseworker.Email).SendTeamId)));
        Assert.True(teamOk);
        Assert.Equal(new DateOnly(2026, 11, 20), assessment.TransferredInOn);
        Assert.Equal("Somerset Council", assessment.FromCouncil);
        Assert.Equal(finalOn, assessment.FinalPlanIssuedOn);

        // The plan's ids and hashes are the package's, so its history verifies as a plan made here would.
        var versions = await factory.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == reading.Package!.Plan.Id).OrderBy(v => v.Number).Select(v => v.Hash).ToListAsync());
        Assert.Equal(reading.Package!.Plan.Versions.Select(v => v.Hash), versions);
        var output = new StringWriter();
        Assert.Equal(0, await factory.WithDbAsync(db => new Devon.Send.Portal.Web.Plans.PlanVerification(db).RunAsync(output)));
        var (_, history) = await caseworker.GetAsync($"/children/{childId}/plan/history");
        var historyText = history.QuerySelector("main table")!.TextContent;
        foreach (var version in reading.Package.Plan.Versions)
        {
            Assert.Contains(version.Label, historyText, StringComparison.Ordinal);
        }

        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == childId).Select(e => e.Detail).ToListAsync());
        Assert.Single(audit, d => d.StartsWith("Plan transferred in from Somerset Council", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, d => d.Contains("Leo", StringComparison.Ordinal));

        // Not assessed here: the 20-week figures are what they were.
        Assert.Equal(figuresBefore, await TimelinessAsync(months.From, months.To));

        await TellTheFamilyAsync(caseworker, childId, finalOn);
    }

    /// <summary>
    /// Reg 15(4) and (5): the family is told within 6 weeks of the transfer (by 1 January 2027) whether the council will
    /// assess and when it will review; the review is due by the later of 12 months from the plan (9 December 2026) and
    /// 3 months beginning with the transfer (19 February 2027).
    /// </summary>
    private async Task TellTheFamilyAsync(PortalClient caseworker, Guid childId, DateOnly finalOn)
    {
        Assert.True(StatutoryClock.AnnualReviewDue(finalOn) < new DateOnly(2027, 2, 19), "Leo's plan is reviewed within 12 months of December 2025.");
        var (_, casePage) = await caseworker.GetAsync($"/children/{childId}/case");
        Assert.Contains($"Taken in from Somerset Council on 20 November 2026: Somerset Council made the plan on {finalOn.ToUkDate()}", casePage.QuerySelector("#transferred-in")!.TextContent, StringComparison.Ordinal);

        // Its request and final plan carry the day Somerset made the plan: no 20 weeks, no appeal date and no decision to record here.
        var deadlines = casePage.QuerySelector("main table")!.TextContent;
        Assert.DoesNotContain("Final plan issued", deadlines, StringComparison.Ordinal);
        Assert.DoesNotContain("Appeal to the SEND Tribunal", deadlines, StringComparison.Ordinal);
        Assert.Null(casePage.QuerySelector($"#actions a[href='/children/{childId}/case/decision']"));
        var (_, decision) = await caseworker.GetAsync($"/children/{childId}/case/decision");
        Assert.Contains("plan was taken in from Somerset Council on 20 November 2026, so there is no request to decide on", decision.QuerySelector("#taken-in")!.TextContent, StringComparison.Ordinal);
        Assert.Null(decision.QuerySelector("main form"));
        Assert.StartsWith("The plan, made by Somerset Council", casePage.QuerySelector("#where-now")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("The family is waiting for the notice about the transferred plan, due 1 January 2027.", casePage.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(casePage.QuerySelector($"#actions a[href='/children/{childId}/transfer/in']"));
        var (_, reviews) = await caseworker.GetAsync($"/children/{childId}/reviews");
        Assert.Contains("19 February 2027", reviews.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("regulation 15(5)", reviews.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Nobody but the council's caseworkers: not the family of the Leo made here, nor his school.
        foreach (var account in new[] { DemoData.Parent, DemoData.Senco })
        {
            using var other = factory.CreatePortalClient();
            await other.SignInAsync(account);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/children/{childId}/transfer/in")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.PostAsync(new Uri($"/children/{childId}/transfer/in", UriKind.Relative), new FormUrlEncodedContent([]))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/children/{childId}/transfer/received")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.PostAsync(new Uri($"/children/{childId}/transfer/received", UriKind.Relative), new FormUrlEncodedContent([]))).StatusCode);
        }

        // The family's account, linked as a caseworker would after the move (here, the demo's second parent).
        await factory.WithDbAsync(async db =>
        {
            var parent = await db.Users.Where(u => u.Email == DemoData.SecondParent.Email).Select(u => u.Id).SingleAsync();
            db.FamilyLinks.Add(new FamilyLink { ChildId = childId, UserId = parent, Relationship = "Mother", LinkedAt = PortalFactory.Today });
            return await db.SaveChangesAsync();
        });

        var (_, form) = await caseworker.GetAsync($"/children/{childId}/transfer/in");
        Assert.Equal("19", form.QuerySelector("input[name='ReviewBy.Day']")!.GetAttribute("value"));
        var (_, invalid) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["ToldOn.Day"] = "19", ["ReviewBy.Day"] = "20", ["ReviewBy.Month"] = "2", ["ReviewBy.Year"] = "2027",
        });
        Assert.Equal(
            ["The date the family was told must be on or after the plan arrived, 20 November 2026", "Select whether the council will assess the child's needs again",
                "The review must be by 19 February 2027, the last day the law allows"],
            invalid.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        Assert.Null(await factory.WithDbAsync(db => db.AssessmentCases.Where(c => c.ChildId == childId).Select(c => c.TransferNoticeOn).SingleAsync()));

        var notice = new Dictionary<string, string>
        {
            ["ToldOn.Day"] = "21", ["Reassessing"] = "no", ["ReviewBy.Day"] = "15", ["ReviewBy.Month"] = "1", ["ReviewBy.Year"] = "2027",
        };
        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => caseworker.SubmitAsync(form, notice)));
        Assert.All(posts, p => Assert.Equal($"/children/{childId}/transfer/in", p.Response.Headers.Location?.OriginalString));
        var saved = await factory.WithDbAsync(db => db.AssessmentCases.SingleAsync(c => c.ChildId == childId));
        Assert.Equal((new DateOnly(2026, 11, 21), false, new DateOnly(2027, 1, 15)), (saved.TransferNoticeOn, saved.TransferReassessing, saved.TransferReviewProposedOn));
        var messages = await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.TransferNotice);
        Assert.Equal(["Devon County Council now looks after Leo's EHC plan, which Somerset Council sent us. The plan stays as it is. We will not assess Leo's needs again. We will review the plan with you by 15 January 2027"], messages);
        Assert.Single(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == childId && e.Detail.StartsWith("Family told about the plan taken in")).ToListAsync()));

        var (_, after) = await caseworker.GetAsync($"/children/{childId}/case");
        Assert.Contains("On 21 November 2026 the council wrote that it will not assess Leo's needs again, and will review the plan by 15 January 2027.",
            after.QuerySelector("#transfer-notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("notice about the transferred plan", after.QuerySelector("#waiting")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Contains("The notice about the transferred plan was sent on 21 November 2026, 41 days before the deadline.", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"#actions a[href='/children/{childId}/transfer/in']"));

        // What came with the plan: Somerset's advice (Reg 15(3)(b)), and a new health commissioning body told on Friday
        // 20 November 2026, whose 15 working days beginning with that day end on 10 December (Reg 16).
        Assert.NotNull(after.QuerySelector($"#actions a[href='/children/{childId}/transfer/received']"));
        var (_, received) = await caseworker.GetAsync($"/children/{childId}/transfer/received");
        var (_, nothing) = await caseworker.SubmitAsync(received, new Dictionary<string, string>());
        Assert.Equal(["Enter the advice received with the plan, or the new health commissioning body, or both"], nothing.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, halves) = await caseworker.SubmitAsync(received, new Dictionary<string, string> { ["Advice"] = "Educational psychologist's advice of 3 March 2025", ["HealthBodyToldOn.Day"] = "23", ["HealthBodyToldOn.Month"] = "11", ["HealthBodyToldOn.Year"] = "2026" });
        Assert.Equal(["Enter the date the advice was received", "Enter the new health commissioning body", "The date the new body was told must be today or in the past"],
            halves.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (recorded, _) = await caseworker.SubmitAsync(received, new Dictionary<string, string>
        {
            ["AdviceReceivedOn.Day"] = "20", ["AdviceReceivedOn.Month"] = "11", ["AdviceReceivedOn.Year"] = "2026", ["Advice"] = "Educational psychologist's advice of 3 March 2025",
            ["HealthBody"] = "NHS Devon Integrated Care Board", ["HealthBodyToldOn.Day"] = "20", ["HealthBodyToldOn.Month"] = "11", ["HealthBodyToldOn.Year"] = "2026",
        });
        Assert.Equal($"/children/{childId}/case", recorded.Headers.Location?.OriginalString);
        var (_, withRecords) = await caseworker.GetAsync($"/children/{childId}/case");
        Assert.Contains("Advice from Somerset Council's assessment arrived on 20 November 2026: Educational psychologist's advice of 3 March 2025. A new assessment may use it",
            withRecords.QuerySelector("#transfer-advice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("NHS Devon Integrated Care Board arranges Leo's health care since the move and was told on 20 November 2026. If it cannot arrange the health provision in the plan, it must ask the council to review the plan or assess by 10 December 2026",
            withRecords.QuerySelector("#health-body")!.TextContent, StringComparison.Ordinal);
        var familyTold = await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.TransferNotice);
        Assert.Contains(familyTold, m => m.StartsWith("We have recorded the advice Somerset Council sent us with Leo's plan on 20 November 2026", StringComparison.Ordinal));
        Assert.Contains(familyTold, m => m.StartsWith("NHS Devon Integrated Care Board now arranges the health care in Leo's plan. If it cannot arrange what the plan says, it must ask us by 10 December 2026", StringComparison.Ordinal));
        var recordsAudit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == childId).Select(e => e.Detail).ToListAsync());
        Assert.Contains(recordsAudit, d => d == "Change of health commissioning body recorded: NHS Devon Integrated Care Board, told on 20 November 2026 (SEND Regulations 2014, regulation 16)");
        Assert.Contains(recordsAudit, d => d.StartsWith("Advice from Somerset Council's assessment recorded as received on 20 November 2026", StringComparison.Ordinal));

        // On 12 December the first Leo's review (due 9 December) is overdue; this one, due 19 February, is not.
        factory.Clock.Advance(TimeSpan.FromDays(20));
        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (_, dashboard) = await manager.GetAsync("/dashboard");
        var overdue = dashboard.QuerySelectorAll("#reviews ~ table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(overdue, r => r.Contains("Leo Carter", StringComparison.Ordinal));
    }

    private Task<string> TimelinessAsync(CalendarMonth from, CalendarMonth to) =>
        factory.WithDbAsync(async db =>
        {
            var figures = new Devon.Send.Portal.Web.Reports.PerformanceFigures(db, new Devon.Send.Portal.Web.Security.ChildAccess(db, TimeProvider.System), TimeProvider.System);
            return System.Text.Json.JsonSerializer.Serialize(await figures.TimelinessAsync(from, to));
        });
}
