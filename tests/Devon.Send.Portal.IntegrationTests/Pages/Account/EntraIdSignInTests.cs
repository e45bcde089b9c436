using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed class EntraIdSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_WithEntraSettings_OffersTheWorkAccountButton()
    {
        using var configured = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            b.UseSetting("AzureAd:TenantId", "00000000-0000-0000-0000-000000000001");
            b.UseSetting("AzureAd:ClientId", "00000000-0000-0000-0000-000000000002");
        });
        using var client = new PortalClient(configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        var (_, page) = await client.GetAsync("/account/sign-in");

        var button = page.QuerySelector("form[action^='/account/external-sign-in'] button")!;
        Assert.Equal("Sign in with your work account", button.TextContent);
    }
}
