using Devon.Send.Portal.Web.Data;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

internal static class SignIn
{
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
            await page.WaitForURLAsync("**/home", new() { WaitUntil = WaitUntilState.Commit, Timeout = 90_000 });
        }
        catch (TimeoutException e)
        {
            var heading = await page.Locator("h1").AllTextContentsAsync();
            throw new TimeoutException($"Signing in as {account.Role} did not reach /home: the page is {page.Url}, headed \"{string.Join(" ", heading)}\".", e);
        }

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }
}
