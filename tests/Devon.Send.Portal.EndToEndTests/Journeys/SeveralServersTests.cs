using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
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
        // Presence crosses servers too: the parent on the second server sees the caseworker on the first start editing.
        await Assertions.Expect(parent.Locator("#plan-presence-list")).ToContainTextAsync("Priya Shah (SEND caseworker), editing section K");
        await Assertions.Expect(parent.Locator("#section-k .app-plan-section__editing")).ToHaveTextAsync("Priya Shah is editing this section");
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

    [Fact]
    public async Task Removing_a_professionals_access_on_one_server_stops_their_open_plan_on_the_other()
    {
        var mia = await MiaAsync();
        var invitation = await InviteAsync(mia, DemoData.SocialWorker);
        var socialWorker = await portals.NewPageAsync(portals.SecondAddress);
        await SignIn.AsAsync(socialWorker, DemoData.SocialWorker);
        await socialWorker.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(socialWorker.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1);

        var caseworker = await portals.NewPageAsync(portals.BaseAddress);
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(caseworker.Locator("#plan-presence-list")).ToContainTextAsync("Tom Bennett (Social care professional)");
        await caseworker.GotoAsync($"/children/{mia}/access/remove/{invitation}");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Yes, remove their access" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Their access has been removed");

        await Assertions.Expect(socialWorker.Locator("#plan-live-status")).ToHaveTextAsync(
            "You can no longer see this plan, so it has stopped updating. Reload the page to find out more.");
        await socialWorker.AssertNoAxeViolationsAsync();
        await caseworker.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(caseworker.Locator("#plan-presence")).ToBeVisibleAsync();
        await Assertions.Expect(caseworker.Locator("#plan-presence-list")).Not.ToContainTextAsync("Tom Bennett");
    }

    private async Task<Guid> InviteAsync(Guid childId, DemoData.Account professional)
    {
        await using var scope = portals.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == professional.Email);
        var invitation = new Devon.Send.Portal.Web.Domain.ProfessionalInvitation
        {
            ChildId = childId,
            Email = professional.Email,
            UserId = user.Id,
            Role = professional.Role,
            Organisation = professional.Organisation!,
            Sections = "D,H1,H2,K",
            EndsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6),
            InvitedAt = DateTimeOffset.UtcNow,
        };
        db.ProfessionalInvitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation.Id;
    }

    private async Task<Guid> MiaAsync()
    {
        await using var scope = portals.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Children.Where(c => c.GivenName == "Mia").Select(c => c.Id).SingleAsync();
    }
}
