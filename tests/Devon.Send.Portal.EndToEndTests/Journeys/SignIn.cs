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
        await page.WaitForURLAsync("**/home");
    }
}
