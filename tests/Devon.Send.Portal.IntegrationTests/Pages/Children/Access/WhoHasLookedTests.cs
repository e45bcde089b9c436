using System.Net;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

public sealed class WhoHasLookedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Parent_SeesWhoLookedAtWhat_ByPersonAndDay_InPlainWords_AndCanShowOnePerson()
    {
        var ava = await factory.ChildIdAsync("Ava");
        using (var caseworker = factory.CreatePortalClient())
        {
            await caseworker.SignInAsync(DemoData.Caseworker);
            await caseworker.GetAsync($"/children/{ava}/access/invite-family");
            await caseworker.GetAsync($"/children/{ava}/case");
            await caseworker.GetAsync($"/children/{ava}/case");
        }

        using (var manager = factory.CreatePortalClient())
        {
            await manager.SignInAsync(DemoData.TeamManager);
            await manager.GetAsync($"/children/{ava}/case");
        }

        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        var (response, page) = await parent.GetAsync($"/children/{ava}/access/who-has-looked");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = page.QuerySelectorAll("#looks li").Select(l => l.TextContent).ToList();
        Assert.Contains("Priya Shah, SEND caseworker, Devon County Council 0–25 SEND Team, looked at the page for inviting a family member once and the case twice on 22 November 2026.", lines);
        Assert.DoesNotContain(lines, l => l.Contains('/', StringComparison.Ordinal) || l.Contains("Children ", StringComparison.Ordinal));
        var people = page.QuerySelectorAll("select#person option").Select(o => o.TextContent).ToList();
        Assert.Equal("Everyone", people[0]);
        Assert.Contains(people, p => p.StartsWith("Priya Shah, SEND caseworker", StringComparison.Ordinal));

        var priya = page.QuerySelectorAll("select#person option").First(o => o.TextContent.StartsWith("Priya Shah", StringComparison.Ordinal)).GetAttribute("value")!;
        var (_, filtered) = await parent.GetAsync($"/children/{ava}/access/who-has-looked?person={Uri.EscapeDataString(priya)}");
        Assert.All(filtered.QuerySelectorAll("#looks li"), l => Assert.StartsWith("Priya Shah", l.TextContent, StringComparison.Ordinal));
        Assert.Equal("selected", filtered.QuerySelector($"select#person option[value='{priya}']")!.GetAttribute("selected"));
        // Someone who never looked is not a filter: the page shows everyone rather than nothing.
        var (_, unknown) = await parent.GetAsync($"/children/{ava}/access/who-has-looked?person=nobody");
        Assert.True(unknown.QuerySelectorAll("#looks li").Length >= 2);
    }

    [Fact]
    public async Task Get_ManyDaysOfLooks_ArePagedTwentyDaysAtATime()
    {
        var isla = await factory.ChildIdAsync("Isla");
        await factory.WithDbAsync(async db =>
        {
            var start = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
            db.AuditEvents.AddRange(Enumerable.Range(0, 45).Select(i => new Devon.Send.Portal.Web.Domain.AuditEvent
            {
                At = start.AddDays(i), Kind = Devon.Send.Portal.Web.Domain.AuditKind.RecordViewed, ChildId = isla, Detail = "/Children/Plan/Index",
                ActorUserId = "someone-from-the-council", ActorName = "Sam Lee", ActorRoles = "Caseworker", ActorOrganisation = "Devon County Council",
            }));
            return await db.SaveChangesAsync();
        });
        using var father = factory.CreatePortalClient();
        await father.SignInAsync(DemoData.SecondParent);

        var (_, first) = await father.GetAsync($"/children/{isla}/access/who-has-looked");
        var (_, third) = await father.GetAsync($"/children/{isla}/access/who-has-looked?page=3");

        Assert.Equal(20, first.QuerySelectorAll("#looks li").Length);
        Assert.NotNull(first.QuerySelector(".govuk-pagination a[href$='page=3']"));
        Assert.Contains("Sam Lee, SEND caseworker, Devon County Council, looked at the plan once on 1 June 2026.", third.QuerySelectorAll("#looks li")[^1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FamilyLookingAtTheirOwnChild_IsNotLogged()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        await parent.GetAsync($"/children/{leo}/access/who-has-looked");
        var (_, page) = await parent.GetAsync($"/children/{leo}/access/who-has-looked");

        Assert.Equal("Nobody outside your family has looked at Leo Carter's record yet.", page.QuerySelector("#nobody")!.TextContent);
    }

    [Fact]
    public async Task Get_AnotherFamilysChild_ReturnsNotFound()
    {
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.SecondParent);

        var (response, page) = await parent.GetAsync($"/children/{await factory.ChildIdAsync("Ava")}/access/who-has-looked");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Ava", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("senco@example.org", HttpStatusCode.NotFound)]
    [InlineData("paediatrician@example.org", HttpStatusCode.NotFound)]
    [InlineData("kwame.osei@example.com", HttpStatusCode.OK)]
    [InlineData("caseworker@example.org", HttpStatusCode.OK)]
    [InlineData("manager@example.org", HttpStatusCode.OK)]
    public async Task Get_IsForTheFamilyAndTheCouncil_NotForInvitedProfessionals(string email, HttpStatusCode expected)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/who-has-looked");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_YoungPerson_SeesWhoHasLookedAtTheirOwnRecord_InTheSecondPerson()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.YoungPerson);

        var (response, page) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Jacob")}/access/who-has-looked");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Who has looked at your record", page.QuerySelector("h1")!.TextContent);
    }
}
