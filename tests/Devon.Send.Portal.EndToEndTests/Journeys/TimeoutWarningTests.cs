using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

/// <summary>
/// The browser's clock is faked (page.Clock) and the server's is moved on (portal.Clock), so twenty minutes pass
/// in moments. The server decides when a session has ended; a tab only counts down to asking it.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class TimeoutWarningTests(PortalBrowser portal)
{
    private static readonly TimeSpan UntilWarning = TimeSpan.FromMinutes(18) + TimeSpan.FromSeconds(1);

    private static ILocator Dialog(IPage page) => page.GetByRole(AriaRole.Dialog, new() { Name = "You’re about to be signed out" });

    /// <summary>Moves both clocks on (tabs in one browser context share a clock), and waits for the tab to ask the server how long is left.</summary>
    private async Task IdleAsync(IPage page, TimeSpan serverAndBrowser)
    {
        portal.Clock.Advance(serverAndBrowser);
        await page.RunAndWaitForResponseAsync(
            () => page.Clock.FastForwardAsync((long)serverAndBrowser.TotalMilliseconds),
            response => response.Url.EndsWith("/account/session-status", StringComparison.Ordinal));
    }

    private async Task<IPage> SignedInWithAFakeClockAsync(IBrowserContext? context = null)
    {
        var page = context is null ? await portal.NewPageAsync() : await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, DemoData.Parent);
        return page;
    }

    [Fact]
    public async Task An_idle_person_is_warned_can_stay_signed_in_and_is_otherwise_signed_out()
    {
        var page = await SignedInWithAFakeClockAsync();
        var dialog = Dialog(page);
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await IdleAsync(page, UntilWarning);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("we will sign you out in 2 minutes");
        await page.AssertNoAxeViolationsAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your children");

        await IdleAsync(page, UntilWarning);
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await IdleAsync(page, TimeSpan.FromMinutes(2));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have been signed out");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/home");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task An_idle_tab_does_not_end_a_session_another_tab_is_using()
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseAddress.ToString(), Locale = "en-GB" });
        var idle = await SignedInWithAFakeClockAsync(context);
        var busy = await context.NewPageAsync();

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        await busy.GotoAsync("/home");
        await Assertions.Expect(busy.Locator("h1")).ToHaveTextAsync("Your children");
        portal.Clock.Advance(UntilWarning - TimeSpan.FromMinutes(10));
        await idle.RunAndWaitForResponseAsync(
            () => idle.Clock.FastForwardAsync((long)UntilWarning.TotalMilliseconds),
            response => response.Url.EndsWith("/account/session-status", StringComparison.Ordinal));
        // The idle tab thinks 18 minutes have passed; the server says the session has about 12 left.
        await Assertions.Expect(Dialog(idle)).ToBeHiddenAsync();
        await Assertions.Expect(idle.Locator("h1")).ToHaveTextAsync("Your children");

        await IdleAsync(idle, TimeSpan.FromMinutes(20));
        await Assertions.Expect(idle.Locator("h1")).ToHaveTextAsync("You have been signed out");
        Assert.Empty(portal.ErrorsIn(busy));
    }

    [Fact]
    public async Task Stay_signed_in_after_the_session_has_ended_says_so_rather_than_pretending()
    {
        var page = await SignedInWithAFakeClockAsync();
        var dialog = Dialog(page);
        await IdleAsync(page, UntilWarning);
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        // Meanwhile the session ends on the server, say because the person signed out everywhere from another device.
        portal.Clock.Advance(TimeSpan.FromMinutes(5));
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have been signed out");
    }

    [Fact]
    public async Task Sign_out_in_the_warning_signs_out_with_a_post()
    {
        var page = await SignedInWithAFakeClockAsync();
        var dialog = Dialog(page);
        await IdleAsync(page, UntilWarning);
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        var request = await page.RunAndWaitForRequestAsync(
            () => dialog.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(),
            r => r.Url.EndsWith("/account/sign-out", StringComparison.Ordinal));

        Assert.Equal("POST", request.Method);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
    }
}
