using Devon.Send.Portal.Web.Data;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class TimeoutWarningTests(PortalBrowser portal)
{
    [Fact]
    public async Task An_idle_person_is_warned_can_stay_signed_in_and_is_otherwise_signed_out()
    {
        var page = await portal.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignIn.AsAsync(page, DemoData.Parent);
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You’re about to be signed out" });
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("18:01");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("we will sign you out in 2 minutes");
        await page.AssertNoAxeViolationsAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your children");

        await page.Clock.FastForwardAsync("18:01");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Clock.FastForwardAsync("02:00");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have been signed out");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/home");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        Assert.Empty(portal.ErrorsIn(page));
    }
}
