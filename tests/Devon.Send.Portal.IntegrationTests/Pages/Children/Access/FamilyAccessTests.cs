using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

public sealed class FamilyAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_YoungPersonEndsAParentsAccess_TheParentIsToldWhyAndLosesAccessUntilItIsGivenBack()
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        using var youngPerson = factory.CreatePortalClient();
        await youngPerson.SignInAsync(DemoData.YoungPerson);
        using var mother = factory.CreatePortalClient();
        await mother.SignInAsync(DemoData.ThirdParent);

        var (_, home) = await youngPerson.GetAsync("/home");
        Assert.NotNull(home.QuerySelector($"a[href='/children/{jacob}/access/family-access']"));
        var (_, page) = await youngPerson.GetAsync($"/children/{jacob}/access/family-access");
        Assert.Equal("Jo Hughes (mother)", page.QuerySelector(".govuk-summary-list__key")!.TextContent);
        await youngPerson.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='handler=End']");

        var (_, motherHome) = await mother.GetAsync("/home");
        Assert.Equal(["Mia Hughes"], motherHome.QuerySelectorAll(".app-child-card h2").Select(h => h.TextContent).ToList());
        Assert.Contains("SEND Code of Practice, paragraph 8.13", motherHome.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mother.GetAsync($"/children/{jacob}/access")).Response.StatusCode);

        var (_, after) = await youngPerson.GetAsync($"/children/{jacob}/access/family-access");
        await youngPerson.SubmitAsync(after, new Dictionary<string, string>(), "form[action*='handler=Restore']");
        Assert.Equal(HttpStatusCode.OK, (await mother.GetAsync($"/children/{jacob}/access")).Response.StatusCode);
    }

    [Theory]
    [InlineData("sarah.carter@example.com")]
    [InlineData("jacob.hughes@example.com")]
    public async Task Post_WithTheIdOfSomeoneNotAParentOfThisYoungPerson_IsNotFoundAndChangesNothing(string email)
    {
        var jacob = await factory.ChildIdAsync("Jacob");
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
        }

        using var youngPerson = factory.CreatePortalClient();
        await youngPerson.SignInAsync(DemoData.YoungPerson);
        var (_, page) = await youngPerson.GetAsync($"/children/{jacob}/access/family-access");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await youngPerson.Http.PostAsync(new Uri($"/children/{jacob}/access/family-access?handler=End&userId={userId}", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<PortalDbContext>().FamilyLinks.AnyAsync(f => f.AccessEndedAt != null));
    }

    [Theory]
    [InlineData("jo.hughes@example.com")]
    [InlineData("caseworker@example.org")]
    [InlineData("manager@example.org")]
    public async Task Get_AnyoneButTheYoungPerson_ReturnsNotFound(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var (response, _) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Jacob")}/access/family-access");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_YoungPersonBeforeTheirRightsStart_ReturnsNotFound()
    {
        Guid childId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var user = new PortalUser { UserName = "young.teen@example.com", Email = "young.teen@example.com", EmailConfirmed = true, DisplayName = "Young Teen", CreatedAt = PortalFactory.Today };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            await users.AddToRoleAsync(user, PortalRoles.YoungPerson);
            var child = new Child { GivenName = "Young", FamilyName = "Teen", DateOfBirth = new DateOnly(2011, 3, 1), CreatedAt = PortalFactory.Today };
            child.Family.Add(new FamilyLink { ChildId = child.Id, UserId = user.Id, Relationship = FamilyLink.Self });
            db.Children.Add(child);
            await db.SaveChangesAsync();
            childId = child.Id;
        }

        using var client = factory.CreatePortalClient();
        await client.SignInAsync("young.teen@example.com");

        var (response, _) = await client.GetAsync($"/children/{childId}/access/family-access");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
