using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData("/account/check-your-email")]
    [InlineData("/account/confirm-email")]
    [InlineData("/account/resend-confirmation")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/reset-password")]
    [InlineData("/account/password-changed")]
    [InlineData("/account/confirm-email-change")]
    [InlineData("/account/email-changed")]
    [InlineData("/account/timed-out")]
    [InlineData("/account/external-sign-in?handler=Failed")]
    [InlineData("/errors/400")]
    [InlineData("/errors/403")]
    [InlineData("/errors/404")]
    [InlineData("/errors/429")]
    [InlineData("/errors/500")]
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
        var caseworker = await portal.NewPageAsync();
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        var parent = await portal.NewPageAsync();
        await SignIn.AsAsync(parent, DemoData.Parent);
        await parent.GetByRole(AriaRole.Link, new() { Name = "See who has looked at Ava Carter's record" }).ClickAsync();
        await caseworker.GotoAsync(parent.Url.Replace("/access/who-has-looked", "/access", StringComparison.Ordinal));

        await parent.ReloadAsync();

        await Assertions.Expect(parent.Locator("h1")).ToHaveTextAsync("Who has looked at Ava Carter's record");
        // Today's line for the caseworker, whatever else she looked at today.
        await Assertions.Expect(parent.Locator("#looks li").First).ToContainTextAsync("Priya Shah, SEND caseworker, Devon County Council 0–25 SEND Team, looked at");
        await Assertions.Expect(parent.Locator("#looks li").First).ToContainTextAsync("who can see the record");
        await parent.GetByLabel("Show who").SelectOptionAsync(new SelectOptionValue { Label = "Priya Shah, SEND caseworker, Devon County Council 0–25 SEND Team" });
        await parent.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(parent).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("person="));
        await parent.AssertNoAxeViolationsAsync();
        Assert.Equal(0, await Screenshots.OverflowOnAPhoneAsync(parent));
        await Screenshots.SaveAsync(parent, "who-has-looked");
        Assert.Empty(portal.ErrorsIn(parent));
    }

    [Fact]
    public async Task A_parent_downloads_everything_held_about_their_child()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.Parent);

        await page.GetByRole(AriaRole.Link, new() { Name = "Download everything we hold about Ava Carter" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Download everything we hold about Ava");
        await page.AssertNoAxeViolationsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download (zip file)" }).ClickAsync());

        Assert.Matches(@"^devon-send-portal-record-\d{4}-\d{2}-\d{2}\.zip$", download.SuggestedFilename);
        Assert.Null(await download.FailureAsync());
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

    [Fact]
    public async Task Two_step_sign_in_and_its_errors_pass_axe()
    {
        const string email = "two.step.browser@example.com";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Two Step", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
            await users.AddToRoleAsync(user, PortalRoles.Parent);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enter your security code");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the code from your authenticator app");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task Account_security_with_a_wrong_code_passes_axe()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.SecondParent);

        await page.GetByRole(AriaRole.Link, new() { Name = "Account security" }).ClickAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the 6-digit code");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task Asking_for_a_new_confirmation_email_passes_axe()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/resend-confirmation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send the email again" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Email address").FillAsync("nobody.waiting@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the email again" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your email");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }

    [Fact]
    public async Task A_parent_adding_a_child_with_a_wrong_code_passes_axe()
    {
        var page = await portal.NewPageAsync();
        await SignIn.AsAsync(page, DemoData.ThirdParent);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a child with an invitation code" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Add a child with an invitation code");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Invitation code").FillAsync("ABCD-EFGH-JKMN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the child" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the invitation code from your email");
        await page.AssertNoAxeViolationsAsync();
        Assert.Empty(portal.ErrorsIn(page));
    }
}
