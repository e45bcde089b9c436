using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>One portal started as Production, with the settings Production requires, shared by the tests below.</summary>
public sealed class ProductionPortal : IAsyncDisposable
{
    public PortalFactory Factory { get; } = new() { Environment = "Production" };

    public HttpClient ClientFor(string baseAddress) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public sealed class ProductionSettingsTests(ProductionPortal portal) : IClassFixture<ProductionPortal>
{
    [Fact]
    public async Task Get_OverHttps_SendsHsts()
    {
        using var client = portal.ClientFor("https://send-portal.devon.example");

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Get_OverHttp_IsRedirectedToHttps_ExceptHealthProbes()
    {
        using var client = portal.ClientFor("http://send-portal.devon.example");

        var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var probe = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, page.StatusCode);
        Assert.Equal("https://send-portal.devon.example/account/sign-in", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }

    [Fact]
    public async Task Get_FromTheLoopbackProxy_TakesTheClientsAddressAndSchemeFromItsHeaders()
    {
        using var client = portal.ClientFor("http://send-portal.devon.example");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add(ClientAddress.Header, "127.0.0.1");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        // Not redirected: the proxy says the client used HTTPS.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Strict-Transport-Security", response.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task SignIn_FromAProxyThatIsNotKnown_IsAuditedWithTheProxysOwnAddress()
    {
        await AttemptSignInAsync("198.51.100.7", forwardedFor: "203.0.113.50");
        await AttemptSignInAsync("127.0.0.1", forwardedFor: "203.0.113.51");

        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var addresses = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .Where(e => e.Kind == AuditKind.SignInFailed).Select(e => e.IpAddress).ToListAsync();
        Assert.Contains("198.51.100.7", addresses);
        Assert.DoesNotContain("203.0.113.50", addresses);
        Assert.Contains("203.0.113.51", addresses);
    }

    private async Task AttemptSignInAsync(string from, string forwardedFor)
    {
        using var http = portal.ClientFor("https://send-portal.devon.example");
        http.DefaultRequestHeaders.Add(ClientAddress.Header, from);
        http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        using var client = new PortalClient(http);
        await client.SignInAsync("nobody.at.all@example.com", "not a password anyone has");
    }
}
