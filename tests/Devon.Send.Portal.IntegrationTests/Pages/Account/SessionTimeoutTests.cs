using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed class SessionTimeoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StayingSignedIn_RenewsTheSession_WhileAnIdleOneEndsAfter20Minutes()
    {
        using var active = factory.CreatePortalClient();
        using var idle = factory.CreatePortalClient();
        await active.SignInAsync(DemoData.Parent);
        await idle.SignInAsync(DemoData.SecondParent);

        factory.Clock.Advance(TimeSpan.FromMinutes(18));
        var (_, home) = await active.GetAsync("/home");
        var (keptAlive, _) = await active.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/account/keep-alive']");
        Assert.Equal(HttpStatusCode.NoContent, keptAlive.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var activeAfter = await active.Http.GetAsync(new Uri("/home", UriKind.Relative));
        var idleAfter = await idle.Http.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, activeAfter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, idleAfter.StatusCode);
        Assert.Equal("/account/sign-in", idleAfter.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task KeepAlive_WithoutSigningIn_DoesNotSignAnyoneIn()
    {
        using var client = factory.CreatePortalClient();
        var (_, page) = await client.GetAsync("/account/sign-in");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.Http.PostAsync(new Uri("/account/keep-alive", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<int> SecondsLeftAsync(PortalClient client)
    {
        var response = await client.Http.GetAsync(new Uri("/account/session-status", UriKind.Relative));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".DevonSend.Auth=", StringComparison.Ordinal)),
            "Asking how long is left renewed the session");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("secondsLeft").GetInt32();
    }

    [Fact]
    public async Task SessionStatus_SaysHowLongIsLeft_WithoutKeepingTheSessionAlive()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var left = await SecondsLeftAsync(client);
        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        await SecondsLeftAsync(client);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.InRange(left, 9 * 60 - 30, 10 * 60);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
        Assert.Equal(0, await SecondsLeftAsync(client));
    }

    [Fact]
    public async Task LiveUpdatesOfAnOpenPlan_DoNotKeepAnIdleSessionAlive()
    {
        var mia = await factory.ChildIdAsync("Mia");
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.ThirdParent);

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var (part, _) = await client.GetAsync($"/children/{mia}/plan?handler=Part&part=k");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        Assert.False(part.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".DevonSend.Auth=", StringComparison.Ordinal)),
            "fetching a part renewed the session");
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TimedOut_OpenedWhileTheSessionIsStillGoing_DoesNotSignOut()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);

        var timedOut = await client.Http.GetAsync(new Uri("/account/timed-out", UriKind.Relative));
        var home = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal("/home", timedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
