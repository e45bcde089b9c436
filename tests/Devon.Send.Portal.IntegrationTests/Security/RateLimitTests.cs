using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Devon.Send.Portal.IntegrationTests.Security;

public sealed class RateLimitTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static PortalClient ClientFrom(WebApplicationFactory<Program> limited, string address)
    {
        var http = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        http.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return new PortalClient(http);
    }

    [Theory]
    [InlineData("/account/sign-in", "Input.Email")]
    [InlineData("/account/create-account", "Input.Email")]
    [InlineData("/account/resend-confirmation", "Email")]
    public async Task Post_TooOftenFromOneAddress_GetsTheGovUkTooManyAttemptsPage_WhileOtherAddressesCarryOn(string url, string emailField)
    {
        await using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Security:RateLimit:PermitLimit", "3"));
        using var busy = ClientFrom(limited, "203.0.113.20");
        using var other = ClientFrom(limited, "203.0.113.21");

        async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> PostAsync(PortalClient client)
        {
            var (_, form) = await client.GetAsync(url);
            return await client.SubmitAsync(form, new Dictionary<string, string> { [emailField] = "someone@example.com" });
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostAsync(busy)).Response.StatusCode);
        }

        var (refused, page) = await PostAsync(busy);
        var (allowed, _) = await PostAsync(other);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Sorry, there have been too many attempts", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Sorry, there have been too many attempts – Devon SEND Portal", page.Title, StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
    }
}
