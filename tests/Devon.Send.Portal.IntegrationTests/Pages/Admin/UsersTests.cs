using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Admin;

public sealed class UsersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> AdministratorAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Administrator);
        return client;
    }

    private async Task<string> CreateAsync(string email, string role, string name = "Test Person")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = PortalFactory.Today };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    // Fields the form already holds (ticked checkboxes, the selected team) are sent as they are, unless the test names them.
    private static Task<(HttpResponseMessage Response, IHtmlDocument Document)> SaveAsync(PortalClient client, IHtmlDocument page, params (string Name, string Value)[] values) =>
        client.SubmitAsync(page, values, "form[action*='Save']");

    [Theory]
    [InlineData("caseworker@example.org")]
    [InlineData("manager@example.org")]
    [InlineData("sarah.carter@example.com")]
    [InlineData("senco@example.org")]
    public async Task Get_AnyoneButAnAdministrator_ReturnsForbidden(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/admin/users/{await IdOfAsync(email)}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/teams")).Response.StatusCode);
    }

    [Fact]
    public async Task Get_Search_FindsByPartOfTheNameOrEmailWhateverTheCase_AndSaysWhenNothingMatches()
    {
        using var admin = await AdministratorAsync();

        var (_, byName) = await admin.GetAsync("/admin/users?search=carter");
        var (_, byEmail) = await admin.GetAsync("/admin/users?search=PAEDIATRICIAN@");
        var (_, none) = await admin.GetAsync("/admin/users?search=zzzz-nobody");

        Assert.Equal(["Sarah Carter"], byName.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        Assert.Equal([DemoData.Paediatrician.DisplayName], byEmail.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        Assert.Null(none.QuerySelector("table"));
        Assert.Contains("No accounts match your search", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ManyAccounts_AreShownTwentyFiveToAPage()
    {
        for (var n = 0; n < 26; n++)
        {
            await CreateAsync($"paging.{n:00}@example.org", PortalRoles.HealthProfessional, $"Paging Person {n:00}");
        }

        using var admin = await AdministratorAsync();
        var (_, first) = await admin.GetAsync("/admin/users?search=Paging");
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var (_, second) = await admin.GetAsync(next);

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/admin/users?pageNumber=2&search=Paging", next);
        Assert.Equal(["Paging Person 25"], second.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        Assert.Equal("page", second.QuerySelector(".govuk-pagination__item--current a")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Post_Save_ChangesRolesAndTeams_AuditsIt_AndTheTeamsInvitationWorksForThem()
    {
        var id = await CreateAsync("new.senco@example.org", PortalRoles.HealthProfessional, "Nia Senco");
        using var admin = await AdministratorAsync();
        var (_, addTeam) = await admin.GetAsync("/admin/teams/add-professional-team");
        await admin.SubmitAsync(addTeam, new Dictionary<string, string> { ["Name"] = "SEN team", ["Organisation"] = "Exe Valley Primary School" });

        var (_, page) = await admin.GetAsync($"/admin/users/{id}");
        var team = page.QuerySelectorAll<IHtmlInputElement>("input[name=ProfessionalTeamIds]").Single(i => i.NextElementSibling!.TextContent == "SEN team, Exe Valley Primary School").Value;
        var (saved, _) = await SaveAsync(admin, page, ("Roles", PortalRoles.EducationProfessional), ("Organisation", "Exe Valley Primary School"), ("ProfessionalTeamIds", team));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await admin.GetAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("The account has been updated", after.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);

        using (var caseworker = factory.CreatePortalClient())
        {
            await caseworker.SignInAsync(DemoData.Caseworker);
            var (_, invite) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Mia")}/access/invite-professional");
            await caseworker.SubmitAsync(invite, new Dictionary<string, string>
            {
                ["TeamId"] = team, ["Organisation"] = "Exe Valley Primary School", ["Role"] = PortalRoles.EducationProfessional,
                ["Sections"] = "F", ["EndsOn.Day"] = "1", ["EndsOn.Month"] = "9", ["EndsOn.Year"] = "2027",
            });
        }

        using var member = factory.CreatePortalClient();
        await member.SignInAsync("new.senco@example.org");
        var (_, home) = await member.GetAsync("/home");
        Assert.Equal(["Mia Hughes"], home.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        await using var scope = factory.Services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .SingleAsync(e => e.Kind == AuditKind.AccountChanged && e.Detail.StartsWith($"Account {id}:"));
        Assert.Equal($"Account {id}: roles added EducationProfessional; roles removed HealthProfessional; organisation changed; joined SEN team, Exe Valley Primary School", change.Detail);
        Assert.Equal(DemoData.Administrator.DisplayName, change.ActorName);
    }

    [Fact]
    public async Task Post_Save_WithBadChoices_ShowsEachErrorAtItsFieldAndChangesNothing()
    {
        var id = await CreateAsync("bad.choices@example.org", PortalRoles.SocialCareProfessional);
        using var admin = await AdministratorAsync();
        var (_, page) = await admin.GetAsync($"/admin/users/{id}");
        var sendTeam = page.QuerySelectorAll<IHtmlOptionElement>("select#SendTeamId option").First(o => o.Value.Length > 0).Value;

        var (response, errors) = await SaveAsync(admin, page, ("Roles", "Parent"), ("SendTeamId", sendTeam), ("Organisation", new string('x', 201)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["#Organisation", "#Roles", "#SendTeamId"], errors.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).Order().ToList());
        Assert.NotNull(errors.QuerySelector("#SendTeamId-error"));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal([PortalRoles.SocialCareProfessional], await users.GetRolesAsync((await users.FindByIdAsync(id))!));
    }

    [Fact]
    public async Task Post_Save_AdministratorCannotTakeAwayTheirOwnRoleOrTurnThemselvesOff()
    {
        using var admin = await AdministratorAsync();
        var id = await IdOfAsync(DemoData.Administrator.Email);
        var (_, page) = await admin.GetAsync($"/admin/users/{id}");

        var (_, roles) = await SaveAsync(admin, page, ("Roles", PortalRoles.LocalOfferEditor));
        var (_, off) = await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='TurnOff']");

        Assert.StartsWith("You cannot take away your own administrator role", roles.QuerySelector(".govuk-error-summary__list")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("You cannot turn off your own account", off.QuerySelector(".govuk-error-summary__list")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).Response.StatusCode);
    }

    [Fact]
    public async Task Post_TurnOff_EndsTheirSessionsAndRefusesSignIn_UntilTurnedOnAgain()
    {
        const string email = "turned.off@example.org";
        var id = await CreateAsync(email, PortalRoles.HealthProfessional);
        using var target = factory.CreatePortalClient();
        await target.SignInAsync(email);
        using var admin = await AdministratorAsync();
        var (_, page) = await admin.GetAsync($"/admin/users/{id}");

        await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='TurnOff']");

        Assert.Equal(HttpStatusCode.Redirect, (await target.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
        var (_, form) = await target.GetAsync("/account/sign-in");
        var (_, wrong) = await target.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "not the password" });
        var (_, right) = await target.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoData.Password });
        Assert.Equal("Enter a correct email address and password", wrong.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.StartsWith("Your account has been turned off", right.QuerySelector(".govuk-error-summary__list a")!.TextContent, StringComparison.Ordinal);

        var (_, off) = await admin.GetAsync($"/admin/users/{id}");
        await admin.SubmitAsync(off, new Dictionary<string, string>(), "form[action*='TurnOn']");
        Assert.Equal(HttpStatusCode.Redirect, (await target.SignInAsync(email)).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .Where(e => e.Kind == AuditKind.AccountChanged && e.Detail.StartsWith($"Account {id}:")).Select(e => e.Detail).ToListAsync();
        Assert.Equal([$"Account {id}: turned off", $"Account {id}: turned on again"], details);
    }

    [Fact]
    public async Task Post_Unlock_LetsALockedOutPersonSignInAtOnce()
    {
        const string email = "locked.out@example.org";
        var id = await CreateAsync(email, PortalRoles.HealthProfessional);
        using var target = factory.CreatePortalClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await target.SignInAsync(email, "wrong password " + attempt);
        }

        using var admin = await AdministratorAsync();
        var (_, page) = await admin.GetAsync($"/admin/users/{id}");
        Assert.Equal("Locked", page.QuerySelector(".govuk-summary-list .govuk-tag")!.TextContent);
        await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[action*='Unlock']");

        Assert.Equal(HttpStatusCode.Redirect, (await target.SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Get_AParentsAccount_ShowsNothingAboutTheirChildren()
    {
        using var admin = await AdministratorAsync();

        var (response, page) = await admin.GetAsync($"/admin/users/{await IdOfAsync(DemoData.Parent.Email)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Ava", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Leo", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("family account", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownAccount_ReturnsNotFound()
    {
        using var admin = await AdministratorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/no-such-account")).Response.StatusCode);
    }
}
