using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages;

public sealed class ErrorsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_UnknownAddress_ReturnsTheGovUkNotFoundPage()
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Page not found – Devon SEND Portal", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PageForAnotherRole_ReturnsTheGovUkForbiddenPage()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);

        var (response, page) = await client.GetAsync($"/children/{Guid.NewGuid()}/access/invite-family");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("You do not have permission to see this page", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Get_ProtectedPage_Anonymous_RedirectsToSignIn()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_HealthChecks_AreHealthyWithoutSigningIn(string url)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/help/accessibility", "Accessibility statement for the Devon SEND Portal")]
    [InlineData("/help/privacy", "Privacy notice")]
    [InlineData("/help/cookies", "Cookies")]
    public async Task Get_HelpPages_AreOpenToEveryone(string url, string heading)
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Post_ForgedAntiforgeryToken_ReturnsTheGovUkBadRequestPageAndSignsNobodyIn()
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/sign-in");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = "forged",
            ["Input.Email"] = DemoData.Parent.Email,
            ["Input.Password"] = DemoData.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Sorry, we could not accept that", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Get_ServerErrorPage_SaysNothingIsLostAndReturns500()
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync("/errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.TextContent);
    }
}
