using Devon.Send.Portal.Web.Data;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public sealed class EveryPageTests(PortalBrowser portal)
{
    public static TheoryData<string> DemoAccounts => [.. DemoData.Accounts.Select(a => a.Email)];

    [Theory]
    [InlineData("/help/accessibility")]
    [InlineData("/help/privacy")]
    [InlineData("/help/cookies")]
    [InlineData("/account/create-account")]
    [InlineData("/no-such-page")]
    public async Task Public_pages_pass_axe(string url)
    {
        var page = await portal.NewPageAsync();

        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Every_demo_account_signs_in_to_a_home_page_that_passes_axe(string email)
    {
        var page = await portal.NewPageAsync();

        await SignIn.AsAsync(page, DemoData.Accounts.Single(a => a.Email == email));

        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(1);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task The_service_works_on_a_phone_sized_screen()
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Parent);

        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await menu.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task A_parent_sees_who_has_looked_at_their_childs_record()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Parent);

        await page.GetByRole(AriaRole.Link, new() { Name = "See who has looked at Ava Carter's record" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Who has looked at Ava Carter's record");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task A_team_manager_searches_the_audit_log()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.TeamManager);

        await page.GetByRole(AriaRole.Link, new() { Name = "Search the audit log" }).ClickAsync();
        await page.GetByLabel("What happened").SelectOptionAsync(new SelectOptionValue { Label = "Signed in" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("Signed in");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task A_young_person_decides_who_in_their_family_can_see_their_plan()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.YoungPerson);

        await page.GetByRole(AriaRole.Link, new() { Name = "Decide who in your family can see your plan" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Who in your family can see your plan");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop them seeing it (Jo Hughes)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("They can no longer see your plan");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Let them see it again (Jo Hughes)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("They can see your plan again");
        Assert.Empty(portal.ErrorsIn(page));
    }
}
