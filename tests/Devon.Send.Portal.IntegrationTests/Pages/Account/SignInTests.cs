using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> DemoAccounts => [.. DemoData.Accounts.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Post_DemoAccount_SignsInAndShowsTheHomePageForTheRole(string email)
    {
        using var client = factory.CreatePortalClient();
        var account = DemoData.Accounts.Single(a => a.Email == email);

        var response = await client.SignInAsync(email);
        var (home, page) = await client.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var expected = account.Role switch
        {
            "Parent" => "Your children",
            "YoungPerson" => "Your plan",
            "Caseworker" => "Your cases",
            "TeamManager" => "Your team's cases",
            "LocalOfferEditor" => "Local Offer content",
            "Administrator" => "Users and teams",
            _ => "Your invitations",
        };
        Assert.Equal(expected, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Post_Empty_ShowsAnErrorSummaryLinkingToEachField()
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/sign-in");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Sign in", page.Title, StringComparison.Ordinal);
        var links = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#Input_Email", "Enter your email address"), ("#Input_Password", "Enter your password")], links);
        Assert.Equal("Error: Enter your email address", page.QuerySelector("#Input_Email-error")!.TextContent);
        Assert.Equal("Input_Email-error", page.QuerySelector("#Input_Email")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Post_WrongPassword_KeepsTheEmailButNotThePassword()
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/sign-in");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoData.ThirdParent.Email,
            ["Input.Password"] = "not the right password",
        });

        Assert.Equal("Enter a correct email address and password", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal(DemoData.ThirdParent.Email, page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#Input_Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_MakeTheAddressWaitEvenWithTheRightPassword()
    {
        using var client = factory.CreatePortalClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(DemoData.SecondParent.Email, "wrong password " + attempt);
        }

        var (_, form) = await client.GetAsync("/account/sign-in");
        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoData.SecondParent.Email,
            ["Input.Password"] = DemoData.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tried to sign in too many times", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoData.Parent.Email,
            ["Input.Password"] = DemoData.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".DevonSend.Auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Post_ExternalReturnUrl_IsIgnored()
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F");

        var (response, _) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoData.Editor.Email,
            ["Input.Password"] = DemoData.Password,
        });

        Assert.Equal("/home", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_WithoutEntraSettings_HidesTheWorkAccountButton()
    {
        using var client = factory.CreatePortalClient();

        var (_, page) = await client.GetAsync("/account/sign-in");

        Assert.DoesNotContain("Sign in with your work account", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInCookie_IsHttpOnlyAndSameSite()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.SignInAsync(DemoData.Parent.Email);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".DevonSend.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_SignOut_EndsTheSession()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Parent);
        var (_, home) = await client.GetAsync("/home");

        var (response, _) = await client.SubmitAsync(home, new Dictionary<string, string>(), "form[action='/account/sign-out']");
        var after = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal("/account/signed-out", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Post_SignOutEverywhere_EndsTheAccountsOtherSessionsAtOnce()
    {
        using var laptop = factory.CreatePortalClient();
        using var phone = factory.CreatePortalClient();
        await laptop.SignInAsync(DemoData.SocialWorker);
        await phone.SignInAsync(DemoData.SocialWorker);
        var (_, security) = await laptop.GetAsync("/account/two-factor");

        var (response, _) = await laptop.SubmitAsync(security, new Dictionary<string, string>(), "main form[action*='SignOutEverywhere']");
        var phoneAfter = await phone.Http.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal("/account/signed-out", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.Equal("/account/sign-in", phoneAfter.Headers.Location!.AbsolutePath);
    }
}
