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
}
