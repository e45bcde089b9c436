using Devon.Send.Portal.Web.Demo;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class AdministratorJourneyTests(PortalBrowser portal)
{
    [Fact]
    public async Task An_administrator_adds_a_team_and_puts_a_professional_in_it()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add SEND teams and professional teams" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Teams");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a professional team" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the team" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the team's name");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Team name").FillAsync("Educational Psychology Service");
        await page.GetByLabel("Organisation").FillAsync("Devon County Council");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the team" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The professional team has been added");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/admin/users");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Search by name or email address").FillAsync("psychologist@");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = DemoData.Psychologist.DisplayName }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(DemoData.Psychologist.DisplayName);
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("SEND team").SelectOptionAsync(new SelectOptionValue { Label = DemoData.TeamName });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Only caseworkers and team managers belong to a SEND team");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("SEND team").SelectOptionAsync(new SelectOptionValue { Label = "No SEND team" });
        await page.GetByLabel("Educational Psychology Service, Devon County Council").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The account has been updated");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }
}
