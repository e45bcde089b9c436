using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class ParentJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_parent_signs_in_sees_their_children_and_signs_out()
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("See and shape your child's Education, Health and Care Plan");
        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter your email address");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Email address").FillAsync(DemoData.Parent.Email);
        await page.GetByLabel("Password").FillAsync("a wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter a correct email address and password");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(DemoData.Parent.Email);

        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your children");
        await Assertions.Expect(page.Locator(".app-child-card h2")).ToHaveTextAsync(["Ava Carter", "Leo Carter"]);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Account security" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Account security");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/home");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        Assert.Empty(portal.ErrorsIn(page));
    }
}
