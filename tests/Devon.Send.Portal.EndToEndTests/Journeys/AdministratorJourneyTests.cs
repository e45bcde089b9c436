using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        // The SEND team's phone and email, which families see on their child's case page.
        await page.GotoAsync("/admin/teams");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Change contact details for {DemoData.TeamName}" }).ClickAsync();
        await page.GetByLabel("Phone number").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact details" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a UK phone number, like 01392 383000");
        await page.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(page, "team-contact-details-error");
        await page.GetByLabel("Phone number").FillAsync("01632 960 456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact details" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("contact details have been saved");

        var father = await portal.NewPageAsync();
        await SignIn.AsAsync(father, DemoData.SecondParent);
        Guid noah;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            noah = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Children.Where(c => c.GivenName == "Noah").Select(c => c.Id).SingleAsync();
        }

        await father.GotoAsync($"/children/{noah}/case");
        await Assertions.Expect(father.Locator("#who-to-contact")).ToContainTextAsync("Telephone: 01632 960 456");
        await Assertions.Expect(father.Locator("#late-advice")).ToContainTextAsync("from the education professional at Exe Valley Primary School");
        await father.AssertNoAxeViolationsAsync();
        await Screenshots.SaveAsync(father, "late-advice-and-whom-to-contact");
        Assert.Equal(0, await Screenshots.OverflowOnAPhoneAsync(father));
        Assert.Empty(portal.ErrorsIn(father));
    }
}
