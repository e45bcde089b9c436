using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

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

        var (response, page) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Ava")}/access/invite-family");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Ava", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChildThatDoesNotExist_ReturnsNotFound()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);

        var (response, _) = await client.GetAsync($"/children/{Guid.NewGuid()}/access/invite-family");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_NothingChosen_ShowsErrorsAndKeepsTheEmail()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var (_, form) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-family");

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
        var (_, form) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-family");

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
        var (_, form) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-family");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "x@example.com", ["Relationship"] = "Administrator" });

        Assert.Equal("Select who you are inviting", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> InviteAsync(string childName, Dictionary<string, string> values)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var (_, form) = await client.GetAsync($"/children/{await factory.ChildIdAsync(childName)}/access/invite-family");
        return await client.SubmitAsync(form, values);
    }

    private async Task<int> InvitationsToAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccountInvitations.CountAsync(i => i.Email == email);
    }

    [Theory]
    [InlineData("senco@example.org")]
    [InlineData("caseworker@example.org")]
    public async Task Post_AddressOfAStaffOrProfessionalAccount_IsRefusedWithAReason(string email)
    {
        var (_, page) = await InviteAsync("Ava", new() { ["Email"] = email, ["Relationship"] = "Carer" });

        Assert.StartsWith("This email address belongs to a professional's or council staff account", page.QuerySelector(".govuk-error-summary__list a[href='#Email']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await InvitationsToAsync(email));
    }

    [Fact]
    public async Task Post_ParentAlreadyLinkedToThisChild_IsRefused()
    {
        var (_, page) = await InviteAsync("Ava", new() { ["Email"] = DemoData.Parent.Email, ["Relationship"] = "Mother" });

        Assert.Equal("The account with this email address is already linked to Ava Carter's case", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
    }

    [Fact]
    public async Task Post_ParentOfAYoungPersonWhoseRightsHaveStarted_NeedsTheirAgreement()
    {
        const string email = "jacob.father@example.com";
        var (_, refused) = await InviteAsync("Jacob", new() { ["Email"] = email, ["Relationship"] = "Father" });
        Assert.Contains("SEND Code of Practice, paragraph 8.13", refused.QuerySelector("#YoungPersonAgrees-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await InvitationsToAsync(email));

        var (sent, _) = await InviteAsync("Jacob", new() { ["Email"] = email, ["Relationship"] = "Father", ["YoungPersonAgrees"] = "Agrees" });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.AccountInvitations.CountAsync(i => i.Email == email));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Detail == "Account invitation for a father, with the young person's agreement"));
    }

    [Fact]
    public async Task Post_ThenRefreshingTheConfirmation_ShowsTheCodeOnceAndIssuesNoSecondCode()
    {
        const string email = "refresh.happy@example.com";
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var ava = await factory.ChildIdAsync("Ava");
        var (_, form) = await client.GetAsync($"/children/{ava}/access/invite-family");

        var (sent, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Relationship"] = "Carer" });
        var (_, first) = await client.GetAsync(sent.Headers.Location!.OriginalString);
        var (refreshed, second) = await client.GetAsync(sent.Headers.Location!.OriginalString);

        Assert.Equal($"/children/{ava}/access/invitation-sent", sent.Headers.Location!.OriginalString);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", first.QuerySelector(".govuk-panel__body strong")!.TextContent);
        Assert.Contains(email, first.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Null(second.QuerySelector(".govuk-panel__body strong"));
        Assert.Equal(1, await InvitationsToAsync(email));
        Assert.DoesNotContain(email, string.Join(";", sent.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }
}
