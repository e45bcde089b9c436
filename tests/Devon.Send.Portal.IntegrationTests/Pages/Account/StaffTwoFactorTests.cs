using System.Net;
using Devon.Send.Portal.Web.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed class StaffTwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private PortalClient ClientWithTheRuleOn()
    {
        var enforced = factory.WithWebHostBuilder(b => b.UseSetting("Security:RequireTwoFactorForStaff", "true"));
        return new PortalClient(enforced.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
    }

    [Fact]
    public async Task Get_StaffWithoutTwoStepSignIn_IsSentToSetItUpAndLetInOnceItIsOn()
    {
        using var client = ClientWithTheRuleOn();
        await client.SignInAsync(DemoData.Caseworker);

        var blocked = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));
        Assert.Equal("/account/two-factor?required=true", blocked.Headers.Location!.OriginalString);

        var (_, setup) = await client.GetAsync("/account/two-factor?required=true");
        Assert.Contains("you must turn on two-step sign-in", setup.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var key = setup.QuerySelector(".app-setup-key")!.TextContent;
        await client.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = Totp.CodeFor(key) }, "main form[action*='Enable']");

        var home = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var (_, security) = await client.GetAsync("/account/two-factor");
        Assert.Null(security.QuerySelector("form[action*='Disable']"));
    }

    [Fact]
    public async Task Get_Parent_IsNotMadeToUseTwoStepSignIn()
    {
        using var client = ClientWithTheRuleOn();
        await client.SignInAsync(DemoData.Parent);

        var home = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
