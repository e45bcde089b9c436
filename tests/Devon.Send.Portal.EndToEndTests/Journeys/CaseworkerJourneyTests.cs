using Devon.Send.Portal.Web.Demo;
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
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(6);
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

    [Fact]
    public async Task A_caseworker_gives_a_professional_access_and_takes_it_away()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Caseworker);

        await page.GetByRole(AriaRole.Link, new() { Name = "People involved in Leo Carter's case" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("People involved in Leo Carter's case");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Give a professional access" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Give access" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Their work email address").FillAsync("ot@example.org");
        await page.GetByLabel("Organisation").FillAsync("Children's Occupational Therapy");
        await page.GetByLabel("Health professional").CheckAsync();
        await page.GetByLabel("C: Health needs related to SEN").CheckAsync();
        await page.GetByLabel("G: Health provision").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Give access" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("They now have access to this case");
        await Assertions.Expect(page.Locator("tbody tr")).ToContainTextAsync("C, G");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove access for ot@example.org" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Are you sure you want to remove this access to Leo Carter's case?");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, remove their access" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Their access has been removed");
        await Assertions.Expect(page.GetByText("No professional has access to this case.")).ToBeVisibleAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }
}
