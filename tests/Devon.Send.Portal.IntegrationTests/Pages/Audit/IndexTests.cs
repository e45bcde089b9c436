using System.Net;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Data;
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
            await caseworker.GetAsync($"/cases/{await factory.ChildIdAsync("Noah")}/invite-family");
        }

        using var manager = factory.CreatePortalClient();
        await manager.SignInAsync(DemoData.TeamManager);
        var (response, page) = await manager.GetAsync("/audit?Child=Noah&Kind=RecordViewed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Equal(["Record viewed", "Priya Shah", "Noah Osei"], row.QuerySelectorAll("td").Skip(1).Take(3).Select(c => c.TextContent).ToList());
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
