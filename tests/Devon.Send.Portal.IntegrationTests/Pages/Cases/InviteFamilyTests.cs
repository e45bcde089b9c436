using System.Net;
using Devon.Send.Portal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Cases;

public sealed class InviteFamilyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("sarah.carter@example.com")]
    [InlineData("senco@example.org")]
    [InlineData("admin@example.org")]
    [InlineData("editor@example.org")]
    public async Task Get_UserWithoutCaseManagement_ReturnsForbiddenWithNoRecordData(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, page) = await client.GetAsync($"/cases/{await factory.ChildIdAsync("Ava")}/invite-family");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Ava", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChildThatDoesNotExist_ReturnsNotFound()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);

        var (response, _) = await client.GetAsync($"/cases/{Guid.NewGuid()}/invite-family");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_NothingChosen_ShowsErrorsAndKeepsTheEmail()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var (_, form) = await client.GetAsync($"/cases/{await factory.ChildIdAsync("Noah")}/invite-family");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "not-an-email" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Email", "#Relationship"], errors.Order().ToList());
        Assert.Equal("not-an-email", page.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_YoungPersonBeforeTheirRightsStart_IsRefused()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var (_, form) = await client.GetAsync($"/cases/{await factory.ChildIdAsync("Noah")}/invite-family");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "noah@example.com", ["Relationship"] = "Self" });

        Assert.Contains("can have their own account from", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccountInvitations.AnyAsync(i => i.Email == "noah@example.com"));
    }

    [Fact]
    public async Task Post_ForgedRelationship_IsRefused()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var (_, form) = await client.GetAsync($"/cases/{await factory.ChildIdAsync("Noah")}/invite-family");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "x@example.com", ["Relationship"] = "Administrator" });

        Assert.Equal("Select who you are inviting", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
    }
}
