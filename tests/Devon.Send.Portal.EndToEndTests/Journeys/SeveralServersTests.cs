using Devon.Send.Portal.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

/// <summary>
/// Two instances of the portal on one database, sharing SignalR messages through a real redis-server, as a council
/// would run it behind a load balancer.
/// </summary>
public sealed class TwoPortalsWithRedis : PortalBrowser
{
    private RedisServer? _redis;

    /// <summary>The second instance; <see cref="PortalBrowser.BaseAddress"/> is the first.</summary>
    public Uri SecondAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        SecondAddress = StartInstance();
    }

    protected override async Task<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        _redis = await RedisServer.StartAsync();
        return new Dictionary<string, string> { ["ConnectionStrings:Redis"] = _redis.Configuration };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}

public sealed class SeveralServersTests(TwoPortalsWithRedis portals) : IClassFixture<TwoPortalsWithRedis>
{
    [Fact]
    public async Task A_change_saved_through_one_server_arrives_in_a_browser_connected_to_the_other()
    {
        Assert.NotEqual(portals.BaseAddress, portals.SecondAddress);
        var mia = await MiaAsync();
        var parent = await portals.NewPageAsync(portals.SecondAddress);
        await SignIn.AsAsync(parent, DemoData.ThirdParent);
        await parent.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(parent.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1);

        var caseworker = await portals.NewPageAsync(portals.BaseAddress);
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GotoAsync($"/children/{mia}/plan/sections/k/edit");
        var text = $"- Speech and language therapy advice, received {Guid.NewGuid():N}";
        await caseworker.GetByLabel("Section K: Advice and information").FillAsync(text);
        await caseworker.GetByLabel("Why are you making this change?").FillAsync("Advice received");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save section K" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Section K has been saved");
        Assert.StartsWith(portals.BaseAddress.ToString(), caseworker.Url, StringComparison.Ordinal);

        await Assertions.Expect(parent.Locator("#section-k")).ToContainTextAsync("Speech and language therapy advice");
        await Assertions.Expect(parent.Locator("#plan-live-announcer")).ToHaveTextAsync("Section K, Advice and information, was changed by Priya Shah.");
        Assert.StartsWith(portals.SecondAddress.ToString(), parent.Url, StringComparison.Ordinal);
        Assert.Empty(portals.ErrorsIn(parent));
        Assert.Empty(portals.ErrorsIn(caseworker));
    }

    private async Task<Guid> MiaAsync()
    {
        await using var scope = portals.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Children.Where(c => c.GivenName == "Mia").Select(c => c.Id).SingleAsync();
    }
}
