using System.Net;

namespace Devon.Send.Portal.IntegrationTests.Pages;

public sealed class IndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Anonymous_ShowsTheStartPageWithTheServiceName()
    {
        using var client = factory.CreatePortalClient();

        var (response, page) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("See and shape your child's Education, Health and Care Plan", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Devon SEND Portal", page.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Equal("#main-content", page.QuerySelector("a.govuk-skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".govuk-phase-banner"));
        var footerLinks = page.QuerySelectorAll(".govuk-footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/help/accessibility", "/help/privacy", "/help/cookies"], footerLinks);
    }

    [Fact]
    public async Task Get_AnyPage_SendsTheSecurityHeaders()
    {
        using var client = factory.CreatePortalClient();

        var (response, _) = await client.GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Get_AnyPage_HasNoInlineScript()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/account/sign-in");

        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "every script has a src"));
        Assert.All(page.All, e => Assert.False(e.HasAttribute("style"), $"<{e.LocalName}> has a style attribute"));
    }

    [Theory]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.css", "text/css")]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.js", "text/javascript")]
    [InlineData("/assets/fonts/bold-b542beb274-v2.woff2", "font/woff2")]
    [InlineData("/assets/images/favicon.svg", "image/svg+xml")]
    public async Task Get_DesignSystemAssets_AreServedFromTheBuild(string url, string contentType)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
    }
}
