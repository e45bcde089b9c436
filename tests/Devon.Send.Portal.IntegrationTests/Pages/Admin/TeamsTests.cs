using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Admin;

public sealed class TeamsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_NewSendTeam_IsListedAndAudited_AndADuplicateIsRefused()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoData.Administrator);
        var (_, form) = await admin.GetAsync("/admin/teams/add-send-team");

        var (added, _) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "South Devon 0–25 SEND Team" });
        var (_, teams) = await admin.GetAsync(added.Headers.Location!.OriginalString);
        var (_, again) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = " South Devon 0–25 SEND Team " });

        Assert.Equal("/admin/teams", added.Headers.Location!.OriginalString);
        Assert.Contains("South Devon 0–25 SEND Team", teams.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("There is already a SEND team called South Devon 0–25 SEND Team", again.QuerySelector(".govuk-error-summary__list a[href='#Name']")!.TextContent);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AnyAsync(e => e.Kind == AuditKind.TeamCreated && e.Detail == "SEND team: South Devon 0–25 SEND Team"));
    }

    [Fact]
    public async Task Get_BeforeAnyProfessionalTeamExists_SaysSo_AndAnEmptyFormShowsBothErrors()
    {
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoData.Administrator);

        var (_, teams) = await admin.GetAsync("/admin/teams");
        var (_, form) = await admin.GetAsync("/admin/teams/add-professional-team");
        var (_, errors) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = "", ["Organisation"] = "" });

        Assert.Contains("There are no professional teams yet.", teams.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#Name", "#Organisation"], errors.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public async Task An_administrator_sets_a_teams_contact_details_checked_and_audited_and_nobody_else_can()
    {
        var teamId = await factory.WithDbAsync(db => db.SendTeams.Where(t => t.Name == DemoData.TeamName).Select(t => t.Id).SingleAsync());
        using var admin = factory.CreatePortalClient();
        await admin.SignInAsync(DemoData.Administrator);
        var (_, teams) = await admin.GetAsync("/admin/teams");
        Assert.Contains("01632 960 123", teams.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, form) = await admin.GetAsync($"/admin/teams/{teamId}/contact");
        Assert.Equal("01632 960 123", form.QuerySelector("input[name='Phone']")!.GetAttribute("value"));

        var (_, empty) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Phone"] = " ", ["Email"] = "" });
        var (_, wrong) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Phone"] = "12345", ["Email"] = "send team@devon" });
        var (_, notUk) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Phone"] = "+33 1 42 68 53 00", ["Email"] = "send.south@devon.example" });
        var (saved, _) = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Phone"] = " +44 1392  383000 ", ["Email"] = " send.south@devon.example " });

        Assert.Equal(["Enter the team's phone number", "Enter the team's email address"], Errors(empty));
        Assert.Equal(["Enter a UK phone number, like 01392 383000", "Enter an email address in the correct format, like send.team@devon.gov.uk"], Errors(wrong));
        Assert.Equal("12345", wrong.QuerySelector("input[name='Phone']")!.GetAttribute("value"));
        Assert.Equal(["Enter a UK phone number, like 01392 383000"], Errors(notUk));
        Assert.Equal("/admin/teams", saved.Headers.Location!.OriginalString);
        var team = await factory.WithDbAsync(db => db.SendTeams.SingleAsync(t => t.Id == teamId));
        Assert.Equal(("+44 1392 383000", "send.south@devon.example"), (team.Phone, team.Email));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Kind == AuditKind.TeamChanged && e.Detail == $"Contact details of SEND team: {DemoData.TeamName}")));
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        var (_, leoCase) = await parent.GetAsync($"/children/{await factory.ChildIdAsync("Leo")}/case");
        Assert.Equal("Telephone: +44 1392 383000", leoCase.QuerySelector("#who-to-contact li")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/teams/{Guid.NewGuid()}/contact")).Response.StatusCode);
        foreach (var someoneElse in new[] { DemoData.Parent, DemoData.Caseworker, DemoData.TeamManager })
        {
            using var client = factory.CreatePortalClient();
            await client.SignInAsync(someoneElse);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/admin/teams/{teamId}/contact")).Response.StatusCode);
        }
    }

    private static List<string> Errors(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim())];
}
