using System.Net;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>
/// Every session is a record in the database: a cookie is only as good as its record, so a copy of it taken
/// before sign-out, or kept past the idle timeout, is refused by every instance of the portal.
/// </summary>
public sealed class SessionRecordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AuthCookieName = ".DevonSend.Auth";

    private static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(AuthCookieName + "=", StringComparison.Ordinal)).Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]).LastOrDefault()
            : null;

    /// <summary>A client that sends the one cookie it is given and keeps none, as a copied cookie would be used.</summary>
    private static HttpClient WithCookie(WebApplicationFactory<Program> portal, string cookie)
    {
        var http = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return http;
    }

    private static async Task<string> SignInAsync(PortalClient client, DemoData.Account account)
    {
        var response = await client.SignInAsync(account.Email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return AuthCookie(response)!;
    }

    /// <summary>The same session's cookie with an expiry a day away, as if the cookie's own expiry could be got round.</summary>
    private string LongLived(string cookie)
    {
        var format = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
        var ticket = format.Unprotect(cookie[(AuthCookieName.Length + 1)..])!;
        ticket.Properties.ExpiresUtc = factory.Clock.GetUtcNow().AddDays(1);
        return $"{AuthCookieName}={format.Protect(ticket)}";
    }

    private static async Task<HttpResponseMessage> HomeAsync(HttpClient http) => await http.GetAsync(new Uri("/home", UriKind.Relative));

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
    }

    private Task<List<PortalSession>> SessionsOfAsync(DemoData.Account account) =>
        factory.WithDbAsync(db => db.PortalSessions.AsNoTracking().Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == account.Email)).ToListAsync());

    [Fact]
    public async Task Post_SignOut_CookieCapturedBeforeNoLongerWorks_EvenWhileItWasInUse()
    {
        using var browser = factory.CreatePortalClient();
        var captured = await SignInAsync(browser, DemoData.Parent);
        using var copy = WithCookie(factory, captured);
        var usedBefore = await HomeAsync(copy);
        var renewed = AuthCookie(usedBefore);

        var (_, home) = await browser.GetAsync("/home");
        await browser.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/account/sign-out']");

        Assert.Equal(HttpStatusCode.OK, usedBefore.StatusCode);
        AssertSentToSignIn(await HomeAsync(copy));
        using var renewedCopy = WithCookie(factory, renewed ?? captured);
        AssertSentToSignIn(await HomeAsync(renewedCopy));
        Assert.Equal("SignedOut", Assert.Single(await SessionsOfAsync(DemoData.Parent), s => s.EndedAt is not null).EndReason);
    }

    [Fact]
    public async Task Post_SignOut_OnOneInstance_EndsTheSessionOnAnotherSharingTheDatabase()
    {
        await using var otherInstance = factory.WithWebHostBuilder(_ => { });
        using var browser = factory.CreatePortalClient();
        var captured = await SignInAsync(browser, DemoData.SecondParent);
        using var onOther = WithCookie(otherInstance, captured);
        var before = await HomeAsync(onOther);

        var (_, home) = await browser.GetAsync("/home");
        await browser.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/account/sign-out']");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        AssertSentToSignIn(await HomeAsync(onOther));
    }

    [Fact]
    public async Task Post_SignOutEverywhere_EndsEveryRecordOfTheAccount_AndAnotherBrowsersCopiedCookie()
    {
        using var laptop = factory.CreatePortalClient();
        using var phone = factory.CreatePortalClient();
        await SignInAsync(laptop, DemoData.Psychologist);
        var phoneCookie = await SignInAsync(phone, DemoData.Psychologist);
        var (_, security) = await laptop.GetAsync("/account/two-factor");

        await laptop.SubmitAsync(security, new Dictionary<string, string>(), "main form[action*='SignOutEverywhere']");

        using var copy = WithCookie(factory, phoneCookie);
        AssertSentToSignIn(await HomeAsync(copy));
        var sessions = await SessionsOfAsync(DemoData.Psychologist);
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("SignedOutEverywhere", s.EndReason));
    }

    [Fact]
    public async Task IdleSession_PastTwentyMinutes_IsRefused_EvenWithACookieThatHasNotExpired()
    {
        using var browser = factory.CreatePortalClient();
        var cookie = LongLived(await SignInAsync(browser, DemoData.ThirdParent));
        using var copy = WithCookie(factory, cookie);
        var fresh = await HomeAsync(copy);

        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        var idle = await HomeAsync(copy);

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        AssertSentToSignIn(idle);
    }

    [Fact]
    public async Task StatusChecks_DoNotKeepTheSessionRecordAlive()
    {
        using var browser = factory.CreatePortalClient();
        var cookie = LongLived(await SignInAsync(browser, DemoData.YoungPerson));
        using var copy = WithCookie(factory, cookie);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var status = await copy.GetAsync(new Uri("/account/session-status", UriKind.Relative));
        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        AssertSentToSignIn(await HomeAsync(copy));
    }

    [Fact]
    public async Task ActiveSession_RecordsWhenItWasLastSeen_AtMostOnceAMinute()
    {
        using var browser = factory.CreatePortalClient();
        await SignInAsync(browser, DemoData.Senco);
        var started = Assert.Single(await SessionsOfAsync(DemoData.Senco)).LastSeenAt;

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        await browser.GetAsync("/home");
        await browser.GetAsync("/home");
        var withinTheMinute = Assert.Single(await SessionsOfAsync(DemoData.Senco)).LastSeenAt;
        factory.Clock.Advance(TimeSpan.FromSeconds(50));
        await browser.GetAsync("/home");
        var afterTheMinute = Assert.Single(await SessionsOfAsync(DemoData.Senco)).LastSeenAt;

        Assert.Equal(started, withinTheMinute);
        Assert.True(afterTheMinute > started.AddMinutes(1), $"last seen {afterTheMinute}, started {started}");
    }

    [Fact]
    public async Task TurningOnTwoStepSignIn_ThenSigningInWithACode_KeepsOneRecordForEachBrowser()
    {
        using var laptop = factory.CreatePortalClient();
        await SignInAsync(laptop, DemoData.Paediatrician);
        var (_, setup) = await laptop.GetAsync("/account/two-factor");
        var key = setup.QuerySelector(".app-setup-key")!.TextContent;
        var (_, enabled) = await laptop.SubmitAsync(setup, new Dictionary<string, string> { ["Code"] = Totp.CodeFor(key) }, "main form[action*='Enable']");
        var recoveryCode = enabled.QuerySelector(".app-recovery-codes code")!.TextContent;
        var laptopAfter = await HomeAsync(laptop.Http);

        using var phone = factory.CreatePortalClient();
        var afterPassword = await phone.SignInAsync(DemoData.Paediatrician.Email);
        var (_, codePage) = await phone.GetAsync(afterPassword.Headers.Location!.OriginalString);
        await phone.SubmitAsync(codePage, new Dictionary<string, string> { ["Code"] = recoveryCode });
        var phoneAfter = await HomeAsync(phone.Http);

        Assert.Equal(HttpStatusCode.OK, laptopAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, phoneAfter.StatusCode);
        Assert.Equal(2, (await SessionsOfAsync(DemoData.Paediatrician)).Count);
    }
}
