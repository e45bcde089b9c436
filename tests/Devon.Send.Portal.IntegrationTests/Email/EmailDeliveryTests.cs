using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Email;

/// <summary>What people are told when email cannot be sent, and what is (not) written to the logs.</summary>
public sealed partial class EmailDeliveryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private PortalClient ClientWith(string setting, string value)
    {
        var configured = factory.WithWebHostBuilder(b => b.UseSetting(setting, value));
        return new PortalClient(configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
    }

    private static async Task<string> InviteAsync(PortalClient caseworker, Guid childId, string email)
    {
        var (_, form) = await caseworker.GetAsync($"/children/{childId}/access/invite-family");
        var (response, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Relationship"] = "Carer" });
        while (response.StatusCode == HttpStatusCode.Redirect)
        {
            (response, page) = await caseworker.GetAsync(response.Headers.Location!.OriginalString);
        }

        return page.QuerySelector(".govuk-panel__body strong")!.TextContent;
    }

    private void AssertNoAddressWasLogged(string email) =>
        Assert.DoesNotContain(factory.Logs.Messages, m => m.Contains(email, StringComparison.OrdinalIgnoreCase) || m.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task CreateAccount_WhenTheRelayIsDown_KeepsTheAccountAndSaysHowToGetTheEmailAgain()
    {
        const string email = "relay.down.parent@example.com";
        using var down = ClientWith("Smtp:Port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await down.SignInAsync(DemoData.Caseworker);
        var code = await InviteAsync(down, await factory.ChildIdAsync("Ava"), email);

        using var parent = ClientWith("Smtp:Port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (_, form) = await parent.GetAsync("/account/create-account");
        var (created, _) = await parent.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.FullName"] = "Relay Down",
            ["Input.Email"] = email,
            ["Input.Password"] = "harbour lantern meadow",
        });
        var (response, page) = await parent.GetAsync(created.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("We could not send your confirmation email", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/account/resend-confirmation']"));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AnyAsync(u => u.Email == email));
        Assert.Contains(factory.Logs.Messages, m => m.Contains("could not be sent", StringComparison.Ordinal));
        AssertNoAddressWasLogged(email);

        using var later = factory.CreatePortalClient();
        var (_, resend) = await later.GetAsync("/account/resend-confirmation");
        await later.SubmitAsync(resend, new Dictionary<string, string> { ["Email"] = email });
        var confirmation = await factory.Smtp.WaitForMessageAsync(email, "Confirm your email address for the Devon SEND Portal");
        Assert.StartsWith(PortalFactory.PublicBaseUrl + "account/confirm-email?", ConfirmLink().Match(confirmation.TextBody!).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InviteFamily_WhenTheRelayIsDown_StillShowsTheCodeAndSaysToGiveItByPhone()
    {
        const string email = "relay.down.invite@example.com";
        using var caseworker = ClientWith("Smtp:Port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await caseworker.SignInAsync(DemoData.Caseworker);
        var (_, form) = await caseworker.GetAsync($"/children/{await factory.ChildIdAsync("Leo")}/access/invite-family");

        var (response, page) = await caseworker.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email, ["Relationship"] = "Carer" });
        while (response.StatusCode == HttpStatusCode.Redirect)
        {
            (response, page) = await caseworker.GetAsync(response.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", page.QuerySelector(".govuk-panel__body strong")!.TextContent);
        Assert.Contains("We could not email the code", page.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        AssertNoAddressWasLogged(email);
    }

    [Fact]
    public async Task InviteProfessional_ToARelayWithoutTls_IsNotSentInClearAndTheCaseworkerIsTold()
    {
        const string email = "no.tls.please@example.org";
        using var caseworker = ClientWith("Smtp:UseStartTls", "true");
        await caseworker.SignInAsync(DemoData.Caseworker);
        var mia = await factory.ChildIdAsync("Mia");
        var (_, form) = await caseworker.GetAsync($"/children/{mia}/access/invite-professional");

        var (response, _) = await caseworker.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Organisation"] = "Exeter Speech Therapy",
            ["Role"] = PortalRoles.HealthProfessional,
            ["Sections"] = "C",
            ["EndsOn.Day"] = "1",
            ["EndsOn.Month"] = "3",
            ["EndsOn.Year"] = "2027",
        });
        var (_, people) = await caseworker.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("we could not email them", people.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(email, people.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        // The page is shown after the attempt, so a message sent in clear would already be here.
        Assert.False(factory.Smtp.HasMessageFor(email));
        AssertNoAddressWasLogged(email);
    }

    [Fact]
    public async Task ResendConfirmation_AnswersTheSameForAnUnknownAddressAndAConfirmedOne()
    {
        using var client = factory.CreatePortalClient();

        async Task<string> AskAsync(string email)
        {
            var (_, form) = await client.GetAsync("/account/resend-confirmation");
            var (response, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = email });
            var (_, page) = await client.GetAsync(response.Headers.Location!.OriginalString);
            return page.QuerySelector("main")!.TextContent;
        }

        Assert.Equal(await AskAsync("nobody.known@example.com"), await AskAsync(DemoData.Parent.Email));
    }

    [Fact]
    public async Task ResendConfirmation_Empty_ShowsAGovUkError()
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/resend-confirmation");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Email"] = "" });

        Assert.Equal("Enter your email address", page.QuerySelector(".govuk-error-summary__list a[href='#Email']")!.TextContent);
    }

    [GeneratedRegex(@"https?://\S+/account/confirm-email\S+")]
    private static partial Regex ConfirmLink();
}
