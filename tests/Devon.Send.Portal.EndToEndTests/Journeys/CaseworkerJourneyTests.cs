using Devon.Send.Portal.Web.Data;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class CaseworkerJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task A_caseworker_sees_their_cases_and_invites_a_parent()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Caseworker);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your cases");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(5);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Invite family of Ava Carter" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Invite a family member to Ava Carter's case");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select who you are inviting");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Father").CheckAsync();
        await page.GetByLabel("Email address").FillAsync("daniel.carter@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Invitation sent");
        await Assertions.Expect(page.Locator(".govuk-panel__body strong")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"));
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }
}
