using System.Net;
using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

public sealed class WhoHasLookedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Parent_SeesEachTimeStaffOpenedTheirChildsRecord()
    {
        var ava = await factory.ChildIdAsync("Ava");
        using (var caseworker = factory.CreatePortalClient())
        {
            await caseworker.SignInAsync(DemoData.Caseworker);
            await caseworker.GetAsync($"/children/{ava}/access/invite-family");
        }

        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);
        var (response, page) = await parent.GetAsync($"/children/{ava}/access/who-has-looked");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = page.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Priya Shah", cells[1]);
        Assert.Equal("SEND caseworker, Devon County Council 0–25 SEND Team", cells[2]);
        Assert.Equal("Invite a family member", cells[3]);
    }

    [Fact]
    public async Task Get_FamilyLookingAtTheirOwnChild_IsNotLogged()
    {
        var leo = await factory.ChildIdAsync("Leo");
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.Parent);

        await parent.GetAsync($"/children/{leo}/access/who-has-looked");
        var (_, page) = await parent.GetAsync($"/children/{leo}/access/who-has-looked");

        Assert.Contains("Nobody outside your family has looked at this record yet.", page.Body!.TextContent, StringComparison.Ordinal);
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
    public async Task Get_YoungPerson_SeesWhoHasLookedAtTheirOwnRecord()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.YoungPerson);

        var (response, _) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Jacob")}/access/who-has-looked");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
