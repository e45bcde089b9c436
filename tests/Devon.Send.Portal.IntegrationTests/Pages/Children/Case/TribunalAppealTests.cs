using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Case;

/// <summary>
/// The council refused to assess Ava; her mother appealed, and the Tribunal ordered an assessment. The caseworker records
/// the appeal, the order and the letter telling the family, and the case page shows the council's dates (Reg 44(2)(b)).
/// The clock moves, so this has a portal of its own.
/// </summary>
public sealed class TribunalAppealTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Date(string field, int day, int month, int year) => new()
    {
        [$"{field}.Day"] = $"{day}", [$"{field}.Month"] = $"{month}", [$"{field}.Year"] = $"{year}",
    };

    private async Task<Guid> AvaRefusedAsync()
    {
        var ava = await factory.ChildIdAsync("Ava");
        await factory.WithDbAsync(async db =>
        {
            var c = await db.AssessmentCases.SingleAsync(x => x.ChildId == ava);
            c.RefusedOn ??= new DateOnly(2026, 11, 13);
            return await db.SaveChangesAsync();
        });
        return ava;
    }

    [Theory]
    [InlineData("appeal")]
    [InlineData("tribunal-step")]
    [InlineData("mediation-agreement")]
    [InlineData("exception")]
    [InlineData("decision")]
    public async Task Only_the_council_may_record_an_appeal_its_outcome_or_a_step(string page)
    {
        var ava = await AvaRefusedAsync();
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);
        using var otherFamily = factory.CreatePortalClient();
        await otherFamily.SignInAsync(DemoData.SecondParent);
        using var uninvited = factory.CreatePortalClient();
        await uninvited.SignInAsync(DemoData.SocialWorker);

        Assert.Equal(HttpStatusCode.Forbidden, (await mother.GetAsync($"/children/{ava}/case/{page}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherFamily.GetAsync($"/children/{ava}/case/{page}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await uninvited.GetAsync($"/children/{ava}/case/{page}")).Response.StatusCode);
    }

    [Fact]
    public async Task The_caseworker_records_the_appeal_and_the_order_and_the_councils_dates_follow_it()
    {
        var ava = await AvaRefusedAsync();
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);

        // The appeal: registered on 16 November 2026, after the refusal of 13 November.
        var (_, casePage) = await caseworker.GetAsync($"/children/{ava}/case");
        Assert.Equal("Record an appeal to the SEND Tribunal", casePage.QuerySelector($"#actions a[href='/children/{ava}/case/appeal']")!.TextContent);
        var (_, form) = await caseworker.GetAsync($"/children/{ava}/case/appeal");
        Assert.Contains("the decision not to carry out an EHC needs assessment, made on 13 November 2026", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, early) = await caseworker.SubmitAsync(form, Date("LodgedOn", 12, 11, 2026));
        Assert.Equal(["The date the appeal was registered must be on or after the date of the decision, 13 November 2026"],
            early.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, future) = await caseworker.SubmitAsync(form, Date("LodgedOn", 23, 11, 2026));
        Assert.Equal("The date the appeal was registered must be today or in the past", future.QuerySelector(".govuk-error-summary__list a")!.TextContent);

        // Five identical posts at once: one appeal, one message, no error.
        var lodged = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(form, Date("LodgedOn", 16, 11, 2026))));
        Assert.All(lodged, r => Assert.Equal($"/children/{ava}/case", r.Response.Headers.Location?.OriginalString));
        Assert.Equal(1, await factory.WithDbAsync(db => db.TribunalAppeals.CountAsync(a => db.AssessmentCases.Any(c => c.Id == a.AssessmentCaseId && c.ChildId == ava))));
        Assert.Single(await factory.MessagesAsync(DemoData.Parent, NotificationKind.TribunalAppealRecorded));
        var (_, familyView) = await mother.GetAsync($"/children/{ava}/case");
        Assert.Contains("Waiting for the Tribunal", familyView.QuerySelector("#appeal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("An appeal to the SEND Tribunal was made on 16 November 2026.", familyView.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        // The outcome: errors in the order of the form, then the order of 20 November 2026 to assess.
        var (_, outcomeForm) = await caseworker.GetAsync($"/children/{ava}/case/appeal");
        var (_, empty) = await caseworker.SubmitAsync(outcomeForm, new Dictionary<string, string>());
        Assert.Equal(["Select how the appeal ended", "Enter the date of the outcome"], empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, noOrders) = await caseworker.SubmitAsync(outcomeForm, new Dictionary<string, string>(Date("OutcomeOn", 15, 11, 2026)) { ["Outcome"] = "Ordered" });
        Assert.Equal(["The date of the outcome must be on or after the date the appeal was registered, 16 November 2026", "Select what the Tribunal ordered the council to do"],
            noOrders.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var order = new Dictionary<string, string>(Date("OutcomeOn", 20, 11, 2026)) { ["Outcome"] = "Ordered", ["WhatWasOrdered"] = "Assess" };
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(outcomeForm, order)));
        Assert.All(outcomes, r => Assert.Equal($"/children/{ava}/case", r.Response.Headers.Location?.OriginalString));
        var told = Assert.Single(await factory.MessagesAsync(DemoData.Parent, NotificationKind.TribunalOutcomeRecorded));
        Assert.StartsWith("The SEND Tribunal's order about Ava has been recorded. The council's first step, due by 4 December 2026: the letter telling the family the council will assess", told, StringComparison.Ordinal);
        var (_, ordered) = await mother.GetAsync($"/children/{ava}/case");
        Assert.Contains("The letter telling the family the council will assess is due by 4 December 2026.", ordered.QuerySelector("#tribunal-deadlines")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The final plan after the appeal is due by 26 February 2027.", ordered.QuerySelector("#tribunal-deadlines")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == ava).Select(e => e.Detail).ToListAsync()),
            d => d == "Outcome of the appeal to the First-tier Tribunal (SEND) recorded: Ordered (Assess)");

        // Two weeks on, the letter is 2 days late, until the caseworker records it was sent on 5 December.
        factory.Clock.Advance(TimeSpan.FromDays(14));
        using var later = factory.CreatePortalClient();
        await later.SignInAsync(DemoData.Caseworker);
        var (_, late) = await later.GetAsync($"/children/{ava}/case");
        Assert.Contains("The letter telling the family the council will assess is 2 days late.", late.QuerySelector("#overdue")!.TextContent, StringComparison.Ordinal);
        var (_, stepForm) = await later.GetAsync($"/children/{ava}/case/tribunal-step");
        var (_, noStep) = await later.SubmitAsync(stepForm, Date("StepDoneOn", 19, 11, 2026));
        Assert.Equal(["Select what the council did", "The date it was done must be on or after the date of the outcome, 20 November 2026"], noStep.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var step = new Dictionary<string, string>(Date("StepDoneOn", 5, 12, 2026)) { ["Step"] = nameof(ComplianceStep.FamilyToldOfAssessment) };
        var steps = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => later.SubmitAsync(stepForm, step)));
        Assert.All(steps, r => Assert.Equal($"/children/{ava}/case", r.Response.Headers.Location?.OriginalString));
        var (_, done) = await later.GetAsync($"/children/{ava}/case");
        Assert.Contains("The letter telling the family the council will assess was sent on 5 December 2026, 1 day late.", done.QuerySelector("#tribunal-deadlines")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("#overdue"));

        // The family was away from the area from 1 December: 13 days is not the 2 weeks of Reg 44(3)(b), a school closure
        // is not one of its grounds, and 14 days lift the steps whose time ran in that period.
        var (_, exceptionForm) = await later.GetAsync($"/children/{ava}/case/exception");
        Assert.Contains("The council's steps after the Tribunal's order: SEND Regulations 2014, regulation 44(3)", exceptionForm.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        Dictionary<string, string> Away(string basis, int toDay) => new(Date("From", 1, 12, 2026).Concat(Date("To", toDay, 12, 2026)))
        {
            ["Basis"] = basis, ["Limits"] = nameof(ExceptionLimits.TribunalOrder), ["Details"] = "You were away from Devon from 1 to 14 December.",
        };
        var (_, short13) = await later.SubmitAsync(exceptionForm, Away("FamilyAwayFromArea", 13));
        Assert.Equal(["After a Tribunal appeal the family must have been away from the area for a continuous period of 2 weeks or more (SEND Regulations 2014, regulation 44(3))"],
            short13.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, closure) = await later.SubmitAsync(exceptionForm, Away("SchoolOrSettingClosure", 14));
        Assert.Equal(["Only exceptional personal circumstances or the family being away from the area for 2 weeks or more can lift the council's steps after the Tribunal's order (SEND Regulations 2014, regulation 44(3))"],
            closure.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (recorded, _) = await later.SubmitAsync(exceptionForm, Away("FamilyAwayFromArea", 14));
        Assert.Equal($"/children/{ava}/case", recorded.Headers.Location?.OriginalString);
        var (_, lifted) = await later.GetAsync($"/children/{ava}/case");
        Assert.Contains("The time limit for the final plan after the appeal does not apply: the family was away from the area for 2 weeks or more, from 1 December 2026 to 14 December 2026 (SEND Regulations 2014, regulation 44(3)).",
            lifted.QuerySelector("#tribunal-deadlines")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("It affects the council's steps after the Tribunal's order.", lifted.QuerySelector("#exceptions")!.TextContent, StringComparison.Ordinal);
        var (_, home) = await later.GetAsync("/home");
        var avaRow = home.QuerySelectorAll("tr").First(r => r.QuerySelector($"a[href='/children/{ava}/case']") is not null);
        Assert.DoesNotContain("(Tribunal)", avaRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(await factory.MessagesAsync(DemoData.Parent, NotificationKind.ExceptionRecorded), m => m.StartsWith("Some time limits for Ava's case no longer apply, for the council's steps after the Tribunal's order", StringComparison.Ordinal));
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == ava).Select(e => e.Detail).ToListAsync()),
            d => d == "Exception to the time limits recorded: SEND Regulations 2014, regulation 44(3)");

        // The family's download has the appeal, its order and the step recorded.
        using var motherLater = factory.CreatePortalClient();
        await motherLater.SignInAsync(DemoData.Parent);
        var (_, yourData) = await motherLater.GetAsync($"/children/{ava}/your-data");
        var token = yourData.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var download = await motherLater.Http.PostAsync(new Uri($"/children/{ava}/your-data", UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        await using var zip = new System.IO.Compression.ZipArchive(await download.Content.ReadAsStreamAsync(), System.IO.Compression.ZipArchiveMode.Read);
        using var index = new StreamReader(zip.GetEntry("index.html")!.Open());
        var html = WebUtility.HtmlDecode(await index.ReadToEndAsync());
        Assert.Contains("<h2>Appeals to the SEND Tribunal</h2>", html, StringComparison.Ordinal);
        Assert.Contains("The Tribunal ordered the council to act", html, StringComparison.Ordinal);
        Assert.Contains("the letter telling the family the council will assess: 5 December 2026", html, StringComparison.Ordinal);
        Assert.Contains("the family was away from the area for 2 weeks or more, from 1 December 2026 to 14 December 2026", html, StringComparison.Ordinal);
    }
}
