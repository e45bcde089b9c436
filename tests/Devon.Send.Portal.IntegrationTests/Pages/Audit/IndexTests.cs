using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Audit;

public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_TeamManager_FindsViewsOfAChildsRecord()
    {
        using (var caseworker = factory.CreatePortalClient())
        {
            await caseworker.SignInAsync(DemoData.Caseworker);
            await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-family");
        }

        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (response, page) = await manager.GetAsync("/audit?Child=Noah&Kind=RecordViewed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal(["Record viewed", "Priya Shah", "Noah Osei"], row.QuerySelectorAll("td").Skip(1).Take(3).Select(c => c.TextContent).ToList());
    }

    [Fact]
    public async Task Get_TeamManager_SeesTheirTeamsSignInsButNotOtherPeoplesOrOtherTeamsChildren()
    {
        var otherChild = await AddOtherTeamsChildViewedByItsCaseworkerAsync();
        foreach (var account in new[] { DemoData.Caseworker, DemoData.Senco, DemoData.Parent })
        {
            using var client = factory.CreatePortalClient();
            await client.SignInAsync(account);
        }

        using (var stranger = factory.CreatePortalClient())
        {
            await stranger.SignInAsync("stranger.danger@example.net", "any old password");
        }

        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (_, page) = await manager.GetAsync("/audit?Kind=SignedIn");
        var (_, failures) = await manager.GetAsync("/audit?Kind=SignInFailed");
        var (_, other) = await manager.GetAsync("/audit?Child=Pengelly");

        var who = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent).Distinct().ToList();
        Assert.Contains(DemoData.Caseworker.DisplayName, who);
        Assert.DoesNotContain(DemoData.Senco.DisplayName, who);
        Assert.DoesNotContain(DemoData.Parent.DisplayName, who);
        Assert.DoesNotContain("Someone not signed in", failures.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(other.QuerySelectorAll("tbody tr"));
        Assert.DoesNotContain(otherChild, other.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TeamManagerWithoutATeam_IsRefusedWithAnExplanation()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = "teamless.manager@example.org", Email = "teamless.manager@example.org", EmailConfirmed = true, DisplayName = "Teamless Manager", CreatedAt = PortalFactory.Today };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            await users.AddToRoleAsync(user, PortalRoles.TeamManager);
        }

        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync("teamless.manager@example.org");
        var (response, page) = await manager.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your account is not in a SEND team", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Get_UnknownKind_ShowsAnErrorAtTheSelect()
    {
        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);

        var (_, page) = await manager.GetAsync("/audit?Kind=Everything");

        Assert.Equal("#Kind", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("Error: Select what happened from the list", page.QuerySelector("#Kind-error")!.TextContent);
        Assert.Contains("govuk-select--error", page.QuerySelector("select#Kind")!.ClassName, StringComparison.Ordinal);
    }

    private async Task<string> AddOtherTeamsChildViewedByItsCaseworkerAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var team = new SendTeam { Name = "Plymouth Borders 0–25 SEND Team" };
        var caseworker = new PortalUser { UserName = "west.caseworker@example.org", Email = "west.caseworker@example.org", DisplayName = "West Caseworker", SendTeamId = team.Id, CreatedAt = PortalFactory.Today };
        var child = new Child { GivenName = "Morwenna", FamilyName = "Pengelly", DateOfBirth = new DateOnly(2015, 2, 2), SendTeamId = team.Id, CaseworkerId = caseworker.Id, CreatedAt = PortalFactory.Today };
        db.SendTeams.Add(team);
        db.Users.Add(caseworker);
        db.Children.Add(child);
        db.AuditEvents.Add(new AuditEvent { At = PortalFactory.Today, Kind = AuditKind.RecordViewed, ActorUserId = caseworker.Id, ActorName = caseworker.DisplayName, ChildId = child.Id, Detail = "/Children/People" });
        await db.SaveChangesAsync();
        return "Morwenna";
    }

    [Fact]
    public async Task Get_Caseworker_ReturnsForbidden()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var (response, _) = await caseworker.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SignIns_AndFailedOnes_AreLoggedWithoutTheTypedEmail()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync("nobody.we.know@example.net", "whatever password");
        await client.SignInAsync(DemoData.Psychologist.Email, "wrong password here");
        await client.SignInAsync(DemoData.Psychologist);

        await using var scope = factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking().ToListAsync();
        Assert.Contains(events, e => e is { Kind: AuditKind.SignInFailed, ActorUserId: null, Detail: "Unknown account" });
        Assert.Contains(events, e => e is { Kind: AuditKind.SignInFailed, ActorName: "Dr Lucy Moore" });
        Assert.Contains(events, e => e is { Kind: AuditKind.SignedIn, ActorName: "Dr Lucy Moore" });
        Assert.DoesNotContain(events, e => $"{e.Detail}{e.ActorName}".Contains("nobody.we.know", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditEvents_CannotBeChangedOrDeleted_EvenBehindTheApplicationsBack()
    {
        using (var client = factory.CreatePortalClient())
        {
            await client.SignInAsync(DemoData.Editor);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entry = await db.AuditEvents.FirstAsync();

        db.AuditEvents.Remove(entry);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        var update = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Detail = 'tampered'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents"));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
    }
}
