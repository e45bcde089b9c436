using System.Net;
using AngleSharp.Html.Dom;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>
/// Failed sign-ins slow an address down (every instance counts them in the database) rather than lock its owner out,
/// and the answer never says whether the address has an account.
/// </summary>
public sealed class SignInThrottleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task CreateAccountAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Real Owner", CreatedAt = PortalFactory.Today };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Parent);
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> SignInFromAsync(PortalClient client, string clientAddress, string email, string password)
    {
        client.Http.DefaultRequestHeaders.Remove(ClientAddress.Header);
        client.Http.DefaultRequestHeaders.Add(ClientAddress.Header, clientAddress);
        var (_, form) = await client.GetAsync("/account/sign-in");
        return await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    private static async Task<IHtmlDocument> FailTimesAsync(PortalClient client, string email, int times)
    {
        IHtmlDocument? page = null;
        for (var attempt = 0; attempt < times; attempt++)
        {
            (_, page) = await SignInFromAsync(client, "203.0.113.9", email, "wrong password " + attempt);
        }

        return page!;
    }

    private static string ErrorOf(IHtmlDocument page) => page.QuerySelector(".govuk-error-summary__list a")?.TextContent ?? "";

    [Fact]
    public async Task Post_SixFailures_UnknownAndKnownAddress_GetTheSamePageText()
    {
        await CreateAccountAsync("known.owner@example.com");
        using var attacker = factory.CreatePortalClient();

        var known = await FailTimesAsync(attacker, "known.owner@example.com", 6);
        var unknown = await FailTimesAsync(attacker, "no.account@example.com", 6);

        Assert.Equal("You've tried to sign in too many times. Wait 1 minute, or reset your password", ErrorOf(known));
        Assert.Equal(unknown.QuerySelector("main")!.TextContent, known.QuerySelector("main")!.TextContent);
        Assert.NotNull(known.QuerySelector("main a[href='/account/forgot-password']"));
    }

    [Fact]
    public async Task Post_FifthFailure_KnownAndUnknownAddress_GetTheSameAnswer()
    {
        await CreateAccountAsync("fifth.known@example.com");
        using var attacker = factory.CreatePortalClient();

        var known = await FailTimesAsync(attacker, "fifth.known@example.com", 5);
        var unknown = await FailTimesAsync(attacker, "fifth.unknown@example.com", 5);

        Assert.Equal(ErrorOf(unknown), ErrorOf(known));
    }

    [Fact]
    public async Task Post_AfterAnAttackersFiveFailures_TheOwnerSignsInOnceTheShortWaitHasPassed_AndWasEmailedAResetLink()
    {
        const string email = "attacked.owner@example.com";
        await CreateAccountAsync(email);
        using var attacker = factory.CreatePortalClient();
        using var owner = factory.CreatePortalClient();
        await FailTimesAsync(attacker, email, 5);

        var (during, duringPage) = await SignInFromAsync(owner, "198.51.100.7", email, DemoData.Password);
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var (after, _) = await SignInFromAsync(owner, "198.51.100.7", email, DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.StartsWith("You've tried to sign in too many times", ErrorOf(duringPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        var warning = await factory.Smtp.WaitForMessageAsync(email, "Someone tried to sign in to your Devon SEND Portal account");
        Assert.Contains(PortalFactory.PublicBaseUrl + "account/reset-password?userId=", warning.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FailuresFromDifferentClientAddresses_CountTogether_AndTheWaitGrows()
    {
        const string email = "Many.Places@Example.com";
        using var attacker = factory.CreatePortalClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInFromAsync(attacker, $"203.0.113.{attempt + 20}", attempt % 2 == 0 ? email : " many.places@example.COM ", "wrong password");
        }

        var (_, first) = await SignInFromAsync(attacker, "203.0.113.40", email, "wrong password");
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await SignInFromAsync(attacker, "203.0.113.41", email, "wrong password");
        var (_, second) = await SignInFromAsync(attacker, "203.0.113.42", email, "wrong password");

        Assert.Equal("You've tried to sign in too many times. Wait 1 minute, or reset your password", ErrorOf(first));
        Assert.Equal("You've tried to sign in too many times. Wait 2 minutes, or reset your password", ErrorOf(second));
    }

    [Fact]
    public async Task Post_SuccessfulSignIn_ClearsTheCount()
    {
        const string email = "clears.count@example.com";
        await CreateAccountAsync(email);
        using var client = factory.CreatePortalClient();
        await FailTimesAsync(client, email, 4);
        var (signedIn, _) = await SignInFromAsync(client, "203.0.113.9", email, DemoData.Password);
        using var again = factory.CreatePortalClient();

        var page = await FailTimesAsync(again, email, 4);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("Enter a correct email address and password", ErrorOf(page));
    }

    [Fact]
    public async Task Post_WrongPasswordsOnTheChangeEmailPage_CountAgainstTheAccount()
    {
        const string email = "changes.email@example.com";
        await CreateAccountAsync(email);
        using var signedIn = factory.CreatePortalClient();
        await signedIn.SignInAsync(email);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (_, form) = await signedIn.GetAsync("/account/change-email");
            await signedIn.SubmitAsync(form, new Dictionary<string, string> { ["NewEmail"] = "new.address@example.com", ["Password"] = "wrong password " + attempt });
        }

        using var another = factory.CreatePortalClient();
        var (response, page) = await SignInFromAsync(another, "198.51.100.8", email, DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You've tried to sign in too many times. Wait 1 minute, or reset your password", ErrorOf(page));
    }
}

