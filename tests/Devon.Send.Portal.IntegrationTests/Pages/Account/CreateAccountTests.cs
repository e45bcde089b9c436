using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Account;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed partial class CreateAccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<string> InviteAsync(string childName, string email, string relationship)
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, home) = await caseworker.GetAsync("/home");
        var row = home.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == childName);
        var (_, form) = await caseworker.GetAsync(row.QuerySelector("a[href$=invite-family]")!.GetAttribute("href")!);
        var (sent, _) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Relationship"] = relationship });
        var (response, confirmation) = await caseworker.GetAsync(sent.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Invitation sent", confirmation.QuerySelector("h1")!.TextContent);
        return confirmation.QuerySelector(".govuk-panel__body strong")!.TextContent;
    }

    private static Dictionary<string, string> Details(string code, string email, string password = "seaside tractor violin") => new()
    {
        ["Input.Code"] = code,
        ["Input.FullName"] = "Alex Carter",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Post_InvitationCode_CreatesAnAccountThatWorksOnceTheEmailIsConfirmed()
    {
        const string email = "alex.carter@example.com";
        var code = await InviteAsync("Ava Carter", email, "Father");
        var invitation = await factory.Smtp.WaitForMessageAsync(email, "Your invitation to the Devon SEND Portal");
        Assert.Contains(code, invitation.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Ava", invitation.TextBody, StringComparison.Ordinal);

        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");
        var (created, _) = await client.SubmitAsync(form, Details(code.ToLowerInvariant(), email));
        Assert.Equal("/account/check-your-email", created.Headers.Location!.OriginalString);

        var beforeConfirming = await client.SignInAsync(email, "seaside tractor violin");
        Assert.Equal(HttpStatusCode.OK, beforeConfirming.StatusCode);

        var confirmation = await factory.Smtp.WaitForMessageAsync(email, "Confirm your email address for the Devon SEND Portal");

        var link = new Uri(ConfirmLink().Match(confirmation.TextBody!).Value);
        var (_, page) = await client.GetAsync(link.PathAndQuery);
        Assert.Equal("Your email address is confirmed", page.QuerySelector("h1")!.TextContent);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AnyAsync(e => e.Kind == AuditKind.EmailConfirmed && e.ActorName == "Alex Carter"));
        }

        await client.SignInAsync(email, "seaside tractor violin");
        var (_, home) = await client.GetAsync("/home");
        Assert.Equal(["Ava Carter"], home.QuerySelectorAll(".app-child-card h2").Select(h => h.TextContent).ToList());
    }

    [Fact]
    public async Task Post_UsedCode_IsRefusedAndNothingIsCreated()
    {
        const string email = "used.code@example.com";
        var code = await InviteAsync("Leo Carter", email, "Carer");
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");
        await client.SubmitAsync(form, Details(code, email));

        var (_, again) = await client.GetAsync("/account/create-account");
        var (response, page) = await client.SubmitAsync(again, Details(code, "someone.else@example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("#Input_Code", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("someone.else@example.com", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("Alex Carter", page.QuerySelector("#Input_FullName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_CodeWithAnotherEmail_IsRefused()
    {
        var code = await InviteAsync("Noah Osei", "intended@example.com", "Mother");
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");

        var (_, page) = await client.SubmitAsync(form, Details(code, "interloper@example.com"));

        Assert.Contains("Enter the invitation code from your email", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var refusal = await db.AuditEvents.Where(e => e.Kind == AuditKind.InvitationRefused).OrderByDescending(e => e.Id).FirstAsync();
        Assert.DoesNotContain(code, refusal.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("interloper", refusal.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "interloper@example.com"));
    }

    [Theory]
    [InlineData("short", "Password must be 12 characters or more")]
    [InlineData("password12345", "Enter a password that is harder to guess")]
    public async Task Post_WeakPassword_IsRefusedWithAReason(string password, string message)
    {
        const string email = "weak.password@example.com";
        var code = await InviteAsync("Mia Hughes", email, "Father");
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");

        var (_, page) = await client.SubmitAsync(form, Details(code, email, password));

        var error = page.QuerySelector(".govuk-error-summary__list a")!;
        Assert.Equal("#Input_Password", error.GetAttribute("href"));
        Assert.StartsWith(message, error.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmailWithAnApostrophe_CreatesTheAccount()
    {
        const string email = "o'brien@example.com";
        var code = await InviteAsync("Noah Osei", email, "Carer");
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");

        var (created, page) = await client.SubmitAsync(form, Details(code, email));

        Assert.True(created.StatusCode == HttpStatusCode.Redirect, page.QuerySelector(".govuk-error-summary")?.TextContent);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Post_ExpiredCode_IsRefusedAndNothingIsCreated()
    {
        const string email = "too.late@example.com";
        var code = await InviteAsync("Leo Carter", email, "Father");
        factory.Clock.Advance(AccountInvitations.Lifetime + TimeSpan.FromMinutes(1));
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");

        var (response, page) = await client.SubmitAsync(form, Details(code, email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("expire after 30 days", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Post_CodeForAnAddressThatAlreadyHasAnAccount_SaysToSignInAndAddTheChild()
    {
        var code = await InviteAsync("Leo Carter", DemoData.SecondParent.Email, "Father");
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/create-account");

        var (_, page) = await client.SubmitAsync(form, Details(code, DemoData.SecondParent.Email));

        Assert.StartsWith("You already have an account with this email address", page.QuerySelector(".govuk-error-summary__list a[href='#Input_Email']")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\S+")]
    private static partial Regex ConfirmLink();
}
