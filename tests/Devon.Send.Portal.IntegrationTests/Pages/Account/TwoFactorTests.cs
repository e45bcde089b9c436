using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Post_AuthenticatorCode_TurnsOnTwoStepSignInWhichIsThenRequired()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);
        var (_, setup) = await client.GetAsync("/account/two-factor");
        var key = setup.QuerySelector(".app-setup-key")!.TextContent;

        var (_, enabled) = await client.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = Totp.CodeFor(key) }, "main form[action*='Enable']");

        Assert.Equal("Two-step sign-in is on", enabled.QuerySelector(".govuk-panel__title")!.TextContent);
        var recoveryCodes = enabled.QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        using var later = factory.CreatePortalClient();
        var afterPassword = await later.SignInAsync(DemoData.ThirdParent.Email);
        Assert.StartsWith("/account/sign-in-two-factor", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (_, codePage) = await later.GetAsync(afterPassword.Headers.Location.OriginalString);

        var (wrong, wrongPage) = await later.SubmitAsync(codePage, new Dictionary<string, string> { ["Code"] = "000000" == Totp.CodeFor(key) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("#Code", wrongPage.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));

        var (right, _) = await later.SubmitAsync(wrongPage, new Dictionary<string, string> { ["Code"] = recoveryCodes[0] });
        Assert.Equal("/home", right.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_WrongSetupCode_LeavesTwoStepSignInOff()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Editor);
        var (_, setup) = await client.GetAsync("/account/two-factor");

        var (_, page) = await client.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = "12345" }, "main form[action*='Enable']");

        Assert.Equal("Enter the 6-digit code from your authenticator app, like 123456", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.NotNull(page.QuerySelector(".app-setup-key"));
    }

    [Fact]
    public async Task Get_TwoFactorSignInWithoutAPassword_GoesBackToSignIn()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync(new Uri("/account/sign-in-two-factor", UriKind.Relative));

        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
    }
}
