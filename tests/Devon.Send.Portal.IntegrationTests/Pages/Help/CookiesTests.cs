using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.Pages.Help;

/// <summary>Checks that every cookie a journey sets is named on the Cookies page.</summary>
internal static class CookieList
{
    /// <summary>Every cookie the portal set in these responses, by name, with its attributes.</summary>
    public static IEnumerable<string> CookiesSetBy(params HttpResponseMessage[] responses) =>
        responses.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []);

    public static async Task AssertListedOnTheCookiesPageAsync(PortalClient client, IEnumerable<string> cookies)
    {
        var (_, page) = await client.GetAsync("/help/cookies");
        var listed = page.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList();
        foreach (var name in cookies.Select(c => c[..c.IndexOf('=', StringComparison.Ordinal)]).Distinct())
        {
            Assert.True(listed.Any(l => name == l || (l.EndsWith('.') && name.StartsWith(l, StringComparison.Ordinal))), $"{name} is not on the Cookies page");
        }
    }
}

public sealed class CookiesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EveryCookieSetWhileInvitingAFamily_IsOnTheCookiesPage_AndTempDataIsLockedDown()
    {
        using var client = factory.CreatePortalClient();
        var (signInPage, form) = await client.GetAsync("/account/sign-in");
        var (signedIn, _) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = DemoData.Caseworker.Email, ["Input.Password"] = DemoData.Password });
        var (invitePage, invite) = await client.GetAsync($"/children/{await factory.ChildIdAsync("Leo")}/access/invite-family");
        var (sent, _) = await client.SubmitAsync(invite, new Dictionary<string, string> { ["Email"] = "cookie.check@example.com", ["Relationship"] = "Carer" });
        var (shown, _) = await client.GetAsync(sent.Headers.Location!.OriginalString);

        var cookies = CookieList.CookiesSetBy(signInPage, signedIn, invitePage, sent, shown).ToList();

        var tempData = Assert.Single(cookies, c => c.StartsWith(".DevonSend.TempData=", StringComparison.Ordinal) && !c.StartsWith(".DevonSend.TempData=;", StringComparison.Ordinal));
        Assert.Contains("httponly", tempData, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", tempData, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", tempData, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(cookies, c => c.StartsWith(".AspNetCore.", StringComparison.Ordinal));
        await CookieList.AssertListedOnTheCookiesPageAsync(client, cookies);
    }
}
