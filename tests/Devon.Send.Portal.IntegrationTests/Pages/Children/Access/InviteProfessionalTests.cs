using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Children.Access;

public sealed class InviteProfessionalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Form(string email, string day = "31", string month = "5", string year = "2027") => new()
    {
        ["Email"] = email,
        ["Organisation"] = "Devon Speech and Language Therapy",
        ["Role"] = PortalRoles.HealthProfessional,
        ["Sections"] = "C",
        ["EndsOn.Day"] = day,
        ["EndsOn.Month"] = month,
        ["EndsOn.Year"] = year,
    };

    private async Task<PortalClient> CaseworkerAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        return client;
    }

    private async Task CreateProfessionalAsync(string email, Guid? teamId = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sam Therapist", CreatedAt = PortalFactory.Today };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.HealthProfessional);
        if (teamId is { } team)
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ProfessionalTeamMembers.Add(new ProfessionalTeamMember { ProfessionalTeamId = team, UserId = user.Id });
            await db.SaveChangesAsync();
        }
    }

    private static async Task<List<string>> InvitedChildrenAsync(PortalClient client)
    {
        var (_, home) = await client.GetAsync("/home");
        return home.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList();
    }

    [Fact]
    public async Task Post_NewProfessional_GetsAccessWhenTheySignInAndLosesItWhenRemoved()
    {
        const string email = "sam.therapist@example.org";
        var ava = await factory.ChildIdAsync("Ava");
        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{ava}/access/invite-professional");

        var (response, _) = await caseworker.SubmitAsync(form, Form("Sam.Therapist@example.org"));
        Assert.Equal($"/children/{ava}/access", response.Headers.Location!.OriginalString);
        var (_, people) = await caseworker.GetAsync($"/children/{ava}/access");
        Assert.Contains("They now have access to this case. We have emailed them", people.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var row = people.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Not signed in yet", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("31 May 2027", row.TextContent, StringComparison.Ordinal);
        var message = await factory.Smtp.WaitForMessageAsync(email, "You have been given access to a case on the Devon SEND Portal");
        Assert.DoesNotContain("Ava", message.TextBody, StringComparison.Ordinal);

        await CreateProfessionalAsync(email);
        using var professional = factory.CreatePortalClient();
        await professional.SignInAsync(email);
        Assert.Equal(["Ava Carter"], await InvitedChildrenAsync(professional));
        Assert.Equal(HttpStatusCode.OK, (await professional.GetAsync($"/children/{ava}/access")).Response.StatusCode);

        var (_, withSignedIn) = await caseworker.GetAsync($"/children/{ava}/access");
        var removeLink = withSignedIn.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Sam Therapist", StringComparison.Ordinal)).QuerySelector("a")!;
        var (_, areYouSure) = await caseworker.GetAsync(removeLink.GetAttribute("href")!);
        Assert.Equal("Are you sure you want to remove this access to Ava Carter's case?", areYouSure.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Ava Carter"], await InvitedChildrenAsync(professional));
        var (removed, _) = await caseworker.SubmitAsync(areYouSure, new Dictionary<string, string>());
        Assert.Equal($"/children/{ava}/access", removed.Headers.Location!.OriginalString);

        Assert.Empty(await InvitedChildrenAsync(professional));
        Assert.Equal(HttpStatusCode.NotFound, (await professional.GetAsync($"/children/{ava}/access")).Response.StatusCode);
    }

    [Fact]
    public async Task Access_PastItsEndDate_IsRefusedAtOnce_EvenWhileSignedIn()
    {
        const string email = "ending.soon@example.org";
        await CreateProfessionalAsync(email);
        var leo = await factory.ChildIdAsync("Leo");
        Guid invitationId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var invitation = new ProfessionalInvitation
            {
                ChildId = leo,
                Email = email,
                UserId = db.Users.Single(u => u.Email == email).Id,
                Role = PortalRoles.HealthProfessional,
                Organisation = "Short Visit Clinic",
                EndsOn = DateOnly.FromDateTime(PortalFactory.Today.UtcDateTime),
                InvitedAt = PortalFactory.Today,
            };
            db.ProfessionalInvitations.Add(invitation);
            await db.SaveChangesAsync();
            invitationId = invitation.Id;
        }

        using var professional = factory.CreatePortalClient();
        await professional.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await professional.GetAsync($"/children/{leo}/access")).Response.StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var invitation = await db.ProfessionalInvitations.SingleAsync(i => i.Id == invitationId);
            invitation.EndsOn = invitation.EndsOn.AddDays(-1);
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await professional.GetAsync($"/children/{leo}/access")).Response.StatusCode);
        Assert.Empty(await InvitedChildrenAsync(professional));
    }

    [Fact]
    public async Task Post_Team_GivesEveryMemberAccess()
    {
        Guid teamId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var team = new ProfessionalTeam { Name = "Speech and Language Therapy Team", Organisation = "Royal Devon University Healthcare" };
            db.ProfessionalTeams.Add(team);
            await db.SaveChangesAsync();
            teamId = team.Id;
        }

        await CreateProfessionalAsync("team.member@example.org", teamId);
        var leo = await factory.ChildIdAsync("Leo");
        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{leo}/access/invite-professional");
        var values = Form("");
        values["TeamId"] = teamId.ToString();
        await caseworker.SubmitAsync(form, values);

        using var member = factory.CreatePortalClient();
        await member.SignInAsync("team.member@example.org");
        Assert.Equal(["Leo Carter"], await InvitedChildrenAsync(member));
    }

    [Fact]
    public async Task Post_Empty_ShowsAnErrorForEachQuestionAndKeepsTheDate()
    {
        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-professional");

        var (response, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["EndsOn.Day"] = "31", ["EndsOn.Month"] = "2", ["EndsOn.Year"] = "2027" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.GetAttribute("href")).Order().ToList();
        Assert.Equal(["#Email", "#EndsOn", "#Organisation", "#Role", "#Sections"], links);
        Assert.Equal("Error: The date access ends must be a real date", page.QuerySelector("#EndsOn-error")!.TextContent);
        Assert.Equal("31", page.QuerySelector("#EndsOn")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("sarah.carter@example.com", "31", "5", "2027", "This email address belongs to a parent's or young person's account")]
    [InlineData("senco@example.org", "31", "5", "2027", "They already have access to this case")]
    [InlineData("new.person@example.org", "1", "1", "2020", "The date access ends must be between today and 2 years from today")]
    [InlineData("new.person@example.org", "", "5", "2027", "The date access ends must include a day")]
    public async Task Post_BadInput_IsRefusedWithAReason(string email, string day, string month, string year, string message)
    {
        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-professional");

        var (_, page) = await caseworker.SubmitAsync(form, Form(email, day, month, year));

        Assert.StartsWith(message, page.QuerySelector(".govuk-error-summary__list")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TeamNotInTheList_IsShownAtTheTeamSelect()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ProfessionalTeams.Add(new ProfessionalTeam { Name = "Sensory Support Team", Organisation = "Devon County Council" });
            await db.SaveChangesAsync();
        }

        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-professional");
        var values = Form("");
        values["TeamId"] = Guid.NewGuid().ToString();

        var (_, page) = await caseworker.SubmitAsync(form, values);

        Assert.Equal("Error: Select a team from the list", page.QuerySelector("#TeamId-error")!.TextContent);
        Assert.Equal("TeamId-hint TeamId-error", page.QuerySelector("select#TeamId")!.GetAttribute("aria-describedby"));
        Assert.All(page.QuerySelectorAll(".govuk-error-summary__list a"), a => Assert.NotNull(page.QuerySelector(a.GetAttribute("href")!)));
    }

    [Fact]
    public async Task Post_LongestOrganisationName_IsAuditedInFull()
    {
        var organisation = "Devon Partnership NHS Trust " + new string('x', 200 - 28);
        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Jacob")}/access/invite-professional");
        var values = Form("long.organisation@example.org");
        values["Organisation"] = organisation;
        values["Role"] = PortalRoles.EducationalPsychologist;

        var (response, _) = await caseworker.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .SingleAsync(e => e.Kind == Devon.Send.Portal.Web.Domain.AuditKind.InvitationIssued && e.Detail.EndsWith(organisation));
        Assert.Equal($"Educational psychologist, {organisation}", issued.Detail);
    }

    [Fact]
    public async Task Post_ForgedSection_IsRefused()
    {
        using var caseworker = await CaseworkerAsync();
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Noah")}/access/invite-professional");
        var values = Form("forger@example.org");
        values["Sections"] = "Z";

        var (_, page) = await caseworker.SubmitAsync(form, values);

        Assert.Equal("#Sections", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }
}
