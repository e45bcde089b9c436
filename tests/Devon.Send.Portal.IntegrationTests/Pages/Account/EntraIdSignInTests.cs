using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>Staff sign-in through Microsoft.Identity.Web against a real OpenID Connect provider on loopback.</summary>
public sealed class EntraIdSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private PortalClient ClientFor(EntraLikeProvider provider, bool requireTwoFactorForStaff = false)
    {
        var configured = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Security:RequireTwoFactorForStaff", requireTwoFactorForStaff ? "true" : "false");
            b.UseSetting("AzureAd:Instance", provider.Instance);
            b.UseSetting("AzureAd:TenantId", EntraLikeProvider.TenantId);
            b.UseSetting("AzureAd:ClientId", EntraLikeProvider.ClientId);
            b.UseSetting("AzureAd:ClientSecret", EntraLikeProvider.ClientSecret);
            b.UseSetting("AzureAd:AllowHttpForLoopbackTests", "true");
            // The OIDC correlation cookies carry an expiry date, which the HTTP client checks against the real clock.
            b.ConfigureTestServices(s => s.AddSingleton(TimeProvider.System));
        });
        return new PortalClient(configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
    }

    /// <summary>What a browser does: the button, the provider's authorize page, its form_post back, the callback.</summary>
    private static async Task<HttpResponseMessage> SignInThroughProviderAsync(PortalClient client)
    {
        var (_, signInPage) = await client.GetAsync("/account/sign-in");
        var (challenge, _) = await client.SubmitAsync(signInPage, new Dictionary<string, string>(), "form[action^='/account/external-sign-in']");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);

        using var browser = new HttpClient();
        var authorize = await browser.GetStringAsync(challenge.Headers.Location);
        var form = new HtmlParser().ParseDocument(authorize).QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var callback = new Uri(form.GetAttribute("action")!);
        var returned = await client.Http.PostAsync(new Uri(callback.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(fields));

        var response = returned;
        while (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.StartsWith("/home", StringComparison.Ordinal))
        {
            response = await client.Http.GetAsync(response.Headers.Location);
        }

        return response;
    }

    [Fact]
    public async Task Get_WithEntraSettings_OffersTheWorkAccountButton()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        using var client = ClientFor(provider);

        var (_, page) = await client.GetAsync("/account/sign-in");

        Assert.Equal("Sign in with your work account", page.QuerySelector("form[action^='/account/external-sign-in'] button")!.TextContent);
    }

    [Fact]
    public async Task SignIn_WithAnAppRole_CreatesTheStaffAccountAndGivesThePortalRole_ReReadEachTime()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("11111111-2222-3333-4444-555555555555", "Alex Staff", "alex.staff@devon.example.org", ["Caseworker"]);
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);

        Assert.Equal("/home", response.Headers.Location!.OriginalString);
        var (_, home) = await client.GetAsync("/home");
        Assert.Equal("Your cases", home.QuerySelector("h1")!.TextContent);

        provider.NextUser = provider.NextUser with { Roles = ["EducationProfessional"] };
        using var later = ClientFor(provider);
        await SignInThroughProviderAsync(later);
        var (_, homeLater) = await later.GetAsync("/home");
        Assert.Equal("Your invitations", homeLater.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task SignIn_WithTheTwoStepRuleOn_IsNeverSentToSetUpTwoStepSignIn_OnLaterRequestsEither()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("22222222-2222-3333-4444-555555555555", "Robin Staff", "robin.staff@devon.example.org", ["Caseworker"]);
        using var client = ClientFor(provider, requireTwoFactorForStaff: true);

        await SignInThroughProviderAsync(client);
        var first = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));
        var second = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));
        var (_, security) = await client.GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(security.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task SignIn_WithoutAPortalRole_IsRefusedWithAnExplanation()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("99999999-2222-3333-4444-555555555555", "No Role", "no.role@devon.example.org", ["Reader"]);
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has not given you a role", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAForgedToken_IsRefused()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("77777777-2222-3333-4444-555555555555", "Forger", "forger@devon.example.org", ["TeamManager"]);
        provider.SignWithUnknownKey = true;
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Contains("could not sign you in", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }
}
