using System.Net;
using Devon.Send.Portal.IntegrationTests.Pages.Requests;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Case;

/// <summary>From a request to the decision whether to assess: taking the case, recording a request, deciding, telling the family.</summary>
public sealed class AssessmentDecisionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_caseworker_takes_a_new_request_once_and_then_sees_its_case()
    {
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        var id = await RequestTests.StartAsync(parent);
        await RequestTests.FillAllAsync(parent, id, "Nell", "Takenby");
        await parent.SubmitAsync((await parent.GetAsync($"/requests/{id}/check")).Document, new Dictionary<string, string>());

        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, home) = await caseworker.GetAsync("/home");
        Assert.Contains("New requests waiting for a caseworker (", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, queue) = await caseworker.GetAsync("/requests/incoming");
        var row = queue.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Nell Takenby", StringComparison.Ordinal));
        Assert.Contains("3 January 2027", row.TextContent, StringComparison.Ordinal);
        var form = row.QuerySelector("form")!.GetAttribute("action")!;

        var (taken, _) = await caseworker.SubmitAsync(queue, new Dictionary<string, string>(), $"form[action='{form}']");
        var childId = await factory.ChildIdAsync("Nell");
        Assert.Equal($"/children/{childId}/case", taken.Headers.Location!.OriginalString);
        // Without the form's one-time key, as another caseworker's page would send it.
        var (_, again) = await caseworker.SubmitAsync(queue, new Dictionary<string, string> { ["__SubmissionKey"] = "" }, $"form[action='{form}']");
        Assert.Contains("Another caseworker has already taken that case", again.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var (_, casePage) = await caseworker.GetAsync($"/children/{childId}/case");
        Assert.Equal("Week 1 of 20", casePage.QuerySelector("#where-now")!.TextContent);
        Assert.Contains("The decision whether to assess is due by 3 January 2027.", casePage.QuerySelector("#next")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The family is waiting for the decision whether to assess, due 3 January 2027.", casePage.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_gives_the_family_the_reasons_and_their_rights_and_emails_them()
    {
        var childId = await factory.ChildIdAsync("Ava");
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{childId}/case/decision");

        var (_, errors) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["DecidedOn.Day"] = "1", ["DecidedOn.Month"] = "1", ["DecidedOn.Year"] = "2020",
        });
        Assert.Equal(["#DecidedOn", "#Decision", "#Reasons"], errors.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).Order().ToList());
        Assert.Contains("on or after the day the request was received", errors.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var (_, future) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Decision"] = "not-assess", ["Reasons"] = "Needs are met at SEN support.",
            ["DecidedOn.Day"] = "1", ["DecidedOn.Month"] = "12", ["DecidedOn.Year"] = "2026",
        });
        Assert.Equal("The date of the decision must be today or in the past", future.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("Needs are met at SEN support.", future.QuerySelector("#Reasons")!.TextContent);

        var values = new Dictionary<string, string>
        {
            ["Decision"] = "not-assess", ["Reasons"] = "Ava's needs can be met at SEN support: the school's plan is working.",
            ["DecidedOn.Day"] = "20", ["DecidedOn.Month"] = "11", ["DecidedOn.Year"] = "2026",
        };
        var (done, _) = await caseworker.SubmitAsync(form, values);
        // Without the form's one-time key, as an old copy of the page would send it.
        var (_, twice) = await caseworker.SubmitAsync(form, new Dictionary<string, string>(values) { ["__SubmissionKey"] = "" });

        Assert.Equal($"/children/{childId}/case", done.Headers.Location!.OriginalString);
        Assert.Contains("The decision was made on 20 November 2026", twice.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(1, await db.CaseDecisions.CountAsync(d => db.AssessmentCases.Any(c => c.Id == d.AssessmentCaseId && c.ChildId == childId)));
        }

        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        var (_, casePage) = await parent.GetAsync($"/children/{childId}/case");
        var text = casePage.QuerySelector("main")!.TextContent;
        Assert.Contains("the school's plan is working", text, StringComparison.Ordinal);
        Assert.Contains("appeal to the First-tier Tribunal (SEND) until 20 January 2027", text, StringComparison.Ordinal);
        Assert.Contains("mediation", text, StringComparison.Ordinal);

        var email = await factory.Smtp.WaitForMessageAsync(DemoData.Parent.Email,
            "The council decided not to assess Ava's needs. You can ask for mediation, and appeal to the SEND Tribunal by 20 January 2027");
        Assert.DoesNotContain("SEN support", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Carter", email.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sarah.carter@example.com")]
    [InlineData("paediatrician@example.org")]
    public async Task Only_the_caseworker_decides(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Ava")}/case/decision");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("kwame.osei@example.com")]
    [InlineData("social.worker@example.org")]
    public async Task Another_family_and_an_uninvited_professional_cannot_see_the_case(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, page) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Ava")}/case");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Ava", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caseworker_records_a_request_that_came_by_letter_once()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync("/requests/incoming/record");
        var values = new Dictionary<string, string>
        {
            ["ChildGivenName"] = "Bryony", ["ChildFamilyName"] = "Lettered",
            ["ChildDateOfBirth.Day"] = "4", ["ChildDateOfBirth.Month"] = "9", ["ChildDateOfBirth.Year"] = "2015",
            ["MadeBy"] = "Parent",
            ["ReceivedOn.Day"] = "23", ["ReceivedOn.Month"] = "11", ["ReceivedOn.Year"] = "2026",
            ["Needs"] = "Social communication needs.",
        };

        var (_, future) = await caseworker.SubmitAsync(form, values);
        Assert.Equal("The date the request was received must be today or in the past", future.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("Bryony", future.QuerySelector("#ChildGivenName")!.GetAttribute("value"));

        values["ReceivedOn.Day"] = "2";
        var (recorded, _) = await caseworker.SubmitAsync(form, values);
        await caseworker.SubmitAsync(form, values);

        var childId = await factory.ChildIdAsync("Bryony");
        Assert.Equal($"/children/{childId}/case", recorded.Headers.Location!.OriginalString);
        var (_, casePage) = await caseworker.GetAsync($"/children/{childId}/case");
        Assert.Equal("Week 3 of 20", casePage.QuerySelector("#where-now")!.TextContent);
        Assert.Contains("Record the decision whether to assess", casePage.QuerySelector("#actions")!.TextContent, StringComparison.Ordinal);
    }
}
