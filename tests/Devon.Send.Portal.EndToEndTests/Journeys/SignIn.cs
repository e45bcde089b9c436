using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

internal static partial class SignIn
{
    [System.Text.RegularExpressions.GeneratedRegex("/home$")]
    private static partial System.Text.RegularExpressions.Regex HomeUrl();

    public static async Task AsAsync(IPage page, DemoData.Account account)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Waiting for the home page's load event after the sign-in redirect has hung on a busy machine
        // even though the page had arrived, so wait for the URL and then for the page's heading instead.
        try
        {
            // A cold second server under the whole suite's load has taken more than the default 30 s to answer.
            // Polls the address rather than waiting for navigation events, which a navigation that had already finished
            // has been seen to miss: the page was on /home, headed "Your cases", when the wait gave up.
            await Assertions.Expect(page).ToHaveURLAsync(HomeUrl(), new() { Timeout = 90_000 });
        }
        catch (PlaywrightException e)
        {
            var heading = await page.Locator("h1").AllTextContentsAsync();
            throw new TimeoutException($"Signing in as {account.Role} did not reach /home: the page is {page.Url}, headed \"{string.Join(" ", heading)}\".", e);
        }

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }
}
