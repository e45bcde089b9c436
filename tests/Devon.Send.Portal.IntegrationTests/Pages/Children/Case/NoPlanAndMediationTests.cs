using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Case;

/// <summary>
/// After assessing Noah the council decides not to issue a plan (Reg 10); his father records mediation, and the
/// certificate moves the last day to appeal. The clock moves and the case closes, so this has a portal of its own.
/// </summary>
public sealed class NoPlanAndMediationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_council_decides_not_to_issue_a_plan_and_the_familys_mediation_moves_the_appeal_date()
    {
        var noah = await factory.ChildIdAsync("Noah");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);
        using var senco = factory.CreatePortalClient();
        await senco.SignInAsync(DemoData.Senco);
        using var otherParent = factory.CreatePortalClient();
        await otherParent.SignInAsync(DemoData.Parent);

        Assert.Equal(HttpStatusCode.Forbidden, (await father.GetAsync($"/children/{noah}/case/no-plan")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await senco.GetAsync($"/children/{noah}/case/no-plan")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherParent.GetAsync($"/children/{noah}/case/no-plan")).Response.StatusCode);

        // Today is 22 November 2026; Noah's request arrived on 3 September, so the 16 weeks end on 24 December.
        var (_, casePage) = await caseworker.GetAsync($"/children/{noah}/case");
        Assert.NotNull(casePage.QuerySelector($"#actions a[href='/children/{noah}/case/no-plan']"));
        var (_, form) = await caseworker.GetAsync($"/children/{noah}/case/no-plan");
        Assert.Contains("The decision is due by 24 December 2026", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, empty) = await caseworker.SubmitAsync(form, new Dictionary<string, string>());
        Assert.Equal(["Enter the reasons for the decision"], empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent));
        var (_, tooEarly) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["DecidedOn.Day"] = "7", ["DecidedOn.Month"] = "10", ["Reasons"] = "Reasons" });
        Assert.Equal("The date of the decision must be on or after the decision to assess, 8 October 2026", tooEarly.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        var (_, future) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["DecidedOn.Day"] = "23", ["Reasons"] = "Reasons" });
        Assert.Equal("The date of the decision must be today or in the past", future.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Null(await factory.WithDbAsync(db => db.AssessmentCases.Where(c => c.ChildId == noah).Select(c => c.NoPlanDecidedOn).SingleAsync()));

        var reasons = "The assessment found that Noah's school can meet his needs from its own resources, with the occupational therapy programme and the visual checklists the advice describes.";
        // Five identical posts at once (a double click, a retry): one decision, one message, no error.
        var decisions = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Reasons"] = reasons })));
        Assert.All(decisions, d => Assert.Equal($"/children/{noah}/case", d.Response.Headers.Location?.OriginalString));
        Assert.Single(await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.NoPlanDecided));

        var (_, closed) = await father.GetAsync($"/children/{noah}/case");
        Assert.Equal("The council decided not to issue an EHC plan on 22 November 2026", closed.QuerySelector("#where-now")!.TextContent);
        Assert.Equal(reasons, closed.QuerySelector("#no-plan-reasons")!.TextContent);
        Assert.Contains("appeal to the First-tier Tribunal (SEND) until 22 January 2027", closed.QuerySelector("#if-you-disagree")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The decision whether to issue a plan was made on 22 November 2026, 32 days before the deadline.", closed.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.NoPlanDecided),
            m => m.StartsWith("The council decided not to issue an EHC plan for Noah. You can ask for mediation, and appeal to the SEND Tribunal by 22 January 2027", StringComparison.Ordinal));
        Assert.Contains("The case is not at that stage", (await caseworker.GetAsync($"/children/{noah}/case/no-plan")).Document.QuerySelector("main")!.TextContent.Replace("Noah Osei's case", "The case", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == noah).Select(e => e.Detail).ToListAsync()),
            d => d == "Decided not to issue an EHC plan (SEND Regulations 2014, regulation 10)");

        // Mediation: the family records it; a professional on the case and another family cannot.
        Assert.Equal(HttpStatusCode.Forbidden, (await senco.GetAsync($"/children/{noah}/case/mediation")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherParent.GetAsync($"/children/{noah}/case/mediation")).Response.StatusCode);
        var (_, mediation) = await father.GetAsync($"/children/{noah}/case/mediation");
        Assert.Contains("the decision not to issue an EHC plan, made on 22 November 2026", mediation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, before) = await father.SubmitAsync(mediation, new Dictionary<string, string>
        {
            ["AdviserContactedOn.Day"] = "21", ["AdviserContactedOn.Month"] = "11", ["AdviserContactedOn.Year"] = "2026", ["Pursued"] = "yes",
        });
        Assert.Equal("The date you contacted the mediation adviser must be on or after the date of the decision, 22 November 2026", before.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        var contacted = new Dictionary<string, string>
        {
            ["AdviserContactedOn.Day"] = "22", ["AdviserContactedOn.Month"] = "11", ["AdviserContactedOn.Year"] = "2026", ["Pursued"] = "yes",
            ["CouncilToldOn.Day"] = "22", ["CouncilToldOn.Month"] = "11", ["CouncilToldOn.Year"] = "2026",
        };
        // A post that read the case before another post's mediation was saved finds it on saving, and updates it.
        await using var staleScope = factory.Services.CreateAsyncScope();
        var stale = await staleScope.ServiceProvider.GetRequiredService<PortalDbContext>().AssessmentCases.Include(c => c.Mediations).SingleAsync(c => c.ChildId == noah);
        var saves = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => father.SubmitAsync(mediation, contacted)));
        var kwame = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoData.SecondParent.Email).Select(u => u.Id).SingleAsync()))], "test"));
        await staleScope.ServiceProvider.GetRequiredService<Devon.Send.Portal.Web.Pages.Requests.AssessmentRequests>()
            .RecordMediationAsync(stale, new DateOnly(2026, 11, 22), true, new DateOnly(2026, 11, 22), null, null, kwame);
        Assert.All(saves, r => Assert.Equal($"/children/{noah}/case", r.Response.Headers.Location?.OriginalString));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Mediations.CountAsync(m => db.AssessmentCases.Any(c => c.Id == m.AssessmentCaseId && c.ChildId == noah))));
        var (_, waiting) = await caseworker.GetAsync($"/children/{noah}/case");
        Assert.Contains("Not yet: the council must hold it by 22 December 2026", waiting.QuerySelector("#mediation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The family is waiting for the mediation the family asked for, due 22 December 2026.", waiting.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);
        var (_, fathersView) = await father.GetAsync($"/children/{noah}/case");
        Assert.Contains("You are waiting for the mediation you asked for, due 22 December 2026.", fathersView.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);

        // Held on 30 December, 8 days late for the council; the certificate on 31 December moves the appeal to 1 month after
        // it, 31 January 2027, a Sunday, so to Monday 1 February.
        factory.Clock.Advance(TimeSpan.FromDays(40));
        // The case is closed, but the mediation the council owes is counted in portal.deadlines.overdue.
        Assert.Equal(1, (await OverdueGaugeAsync())["mediation-held"]);
        using var fatherLater = factory.CreatePortalClient();
        await fatherLater.SignInAsync(DemoData.SecondParent);
        var (_, update) = await fatherLater.GetAsync($"/children/{noah}/case/mediation");
        Assert.Equal("22", update.QuerySelector("input[name='CouncilToldOn.Day']")!.GetAttribute("value"));
        var (certified, _) = await fatherLater.SubmitAsync(update, new Dictionary<string, string>
        {
            ["HeldOn.Day"] = "30", ["HeldOn.Month"] = "12", ["HeldOn.Year"] = "2026",
            ["CertificateOn.Day"] = "31", ["CertificateOn.Month"] = "12", ["CertificateOn.Year"] = "2026",
        });
        var (_, after) = await fatherLater.GetAsync(certified.Headers.Location!.OriginalString);
        Assert.Contains("The last day to appeal to the SEND Tribunal is 1 February 2027", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("until 1 February 2027, which counts your mediation certificate", after.QuerySelector("#if-you-disagree")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The mediation the family asked for was held on 30 December 2026, 8 days late.", after.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await factory.MessagesAsync(DemoData.Caseworker, NotificationKind.MediationRecorded), m => m.Contains("1 February 2027", StringComparison.Ordinal));

        // The mediation reached an agreement (Reg 42): only the council records it.
        using var caseworkerLater = factory.CreatePortalClient();
        await caseworkerLater.SignInAsync(DemoData.Caseworker);
        using var sencoLater = factory.CreatePortalClient();
        await sencoLater.SignInAsync(DemoData.Senco);
        using var otherParentLater = factory.CreatePortalClient();
        await otherParentLater.SignInAsync(DemoData.Parent);
        foreach (var someone in new[] { fatherLater, sencoLater, otherParentLater })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync($"/children/{noah}/case/mediation-agreement")).Response.StatusCode);
        }

        var (_, held) = await caseworkerLater.GetAsync($"/children/{noah}/case");
        Assert.NotNull(held.QuerySelector($"#actions a[href='/children/{noah}/case/mediation-agreement']"));
        var (_, agreement) = await caseworkerLater.GetAsync($"/children/{noah}/case/mediation-agreement");
        var (_, nothing) = await caseworkerLater.SubmitAsync(agreement, new Dictionary<string, string>());
        Assert.Equal(["#AgreementOn", "#WhatWasAgreed"], nothing.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        var (_, beforeHeld) = await caseworkerLater.SubmitAsync(agreement, new Dictionary<string, string>
        {
            ["AgreementOn.Day"] = "29", ["AgreementOn.Month"] = "12", ["AgreementOn.Year"] = "2026", ["WhatWasAgreed"] = "Reconsider",
        });
        Assert.Equal("The date of the agreement must be on or after the date of the mediation, 30 December 2026", beforeHeld.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        // Agreed on 31 December: to reconsider (as an order would, 2 weeks) and a provision the family could not appeal (2 weeks).
        var agreed = new Dictionary<string, string>
        {
            ["AgreementOn.Day"] = "31", ["AgreementOn.Month"] = "12", ["AgreementOn.Year"] = "2026", ["WhatWasAgreed"] = "Reconsider",
            ["AgreedOther"] = "Ask the health service to fund the occupational therapy programme",
        };
        var (saved, _) = await caseworkerLater.SubmitAsync(agreement, agreed);
        Assert.Equal($"/children/{noah}/case", saved.Headers.Location?.OriginalString);
        Assert.Contains(await factory.MessagesAsync(DemoData.SecondParent, NotificationKind.MediationRecorded),
            m => m == "The agreement reached in mediation about Noah's case has been recorded. The council must do what was agreed: the council's reconsidered decision, by 14 January 2027");
        var (_, owed) = await fatherLater.GetAsync($"/children/{noah}/case");
        var agreedText = owed.QuerySelector("#mediation-agreement")!.TextContent;
        Assert.Contains("The council's reconsidered decision is due by 14 January 2027. (SEND Regulations 2014, regulations 42(2) and 44(2)(d))", agreedText, StringComparison.Ordinal);
        Assert.Contains("What was agreed in mediation (Ask the health service to fund the occupational therapy programme) is due by 14 January 2027. (SEND Regulations 2014, regulation 42(3))", agreedText, StringComparison.Ordinal);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ChildId == noah).Select(e => e.Detail).ToListAsync()),
            d => d.StartsWith("Mediation agreement recorded (SEND Regulations 2014, regulation 42): ", StringComparison.Ordinal));

        // The day after, both are late, on the closed case too, and counted in portal.deadlines.overdue.
        factory.Clock.Advance(TimeSpan.FromDays(14));
        Assert.Equal(2, (await OverdueGaugeAsync())["mediation-agreement"]);
        using var caseworkerAfter = factory.CreatePortalClient();
        await caseworkerAfter.SignInAsync(DemoData.Caseworker);
        var (_, late) = await caseworkerAfter.GetAsync($"/children/{noah}/case");
        Assert.Contains("The council's reconsidered decision is 1 day late.", late.QuerySelector("#mediation-agreement")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The portal.deadlines.overdue gauge over this portal's database, read as the exporter reads it. The gauge runs only
    /// where telemetry is configured, so it is started here; other portals in the run have meters of their own.
    /// </summary>
    private async Task<Dictionary<string, int>> OverdueGaugeAsync()
    {
        var meters = factory.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        await new Devon.Send.Portal.Web.Startup.DeadlineMetrics(factory.Services.GetRequiredService<IServiceScopeFactory>(), meters, factory.Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Devon.Send.Portal.Web.Startup.DeadlineMetrics>.Instance).StartAsync(CancellationToken.None);
        var measured = new Dictionary<string, int>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == Devon.Send.Portal.Web.Startup.DeadlineMetrics.OverdueInstrument && instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) => measured[(string)tags[0].Value!] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return measured;
    }

    [Fact]
    public async Task Mediation_cannot_be_recorded_once_the_time_to_appeal_has_ended()
    {
        // Leo's final plan was issued over a year ago: the time to appeal it ended long since.
        var leo = await factory.ChildIdAsync("Leo");
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.Parent);

        var (_, page) = await mother.GetAsync($"/children/{leo}/case/mediation");

        Assert.Contains("The time to appeal the final EHC plan", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Null((await mother.GetAsync($"/children/{leo}/case")).Document.QuerySelector($"a[href='/children/{leo}/case/mediation']"));
    }
}
