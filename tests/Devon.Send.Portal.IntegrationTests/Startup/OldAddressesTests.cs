using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Startup;

/// <summary>
/// Emails and notifications already sent carry the addresses pages had before they moved: each must still lead to
/// the page, keep a form post, and give nothing away to someone who may not see the child.
/// </summary>
public sealed partial class OldAddressesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every move, so that one added later is tested without anyone remembering to.</summary>
    public static TheoryData<string, string> Moves()
    {
        var data = new TheoryData<string, string>();
        foreach (var (old, now) in OldAddresses.Moves)
        {
            data.Add(old, now);
        }

        return data;
    }

    [Fact]
    public void Moves_AreTheOnesThisClassTests()
    {
        Assert.NotEmpty(OldAddresses.Moves);
        Assert.Equal(OldAddresses.Moves.Count, Moves().Count);
        Assert.Equal(OldAddresses.Moves.Count, OldAddresses.Moves.Select(m => m.Old).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task Get_OldAddress_MovesPermanentlyToTheNewAddressWithTheSameIds_AndThePageThereAnswers(string old, string now)
    {
        // Noah's case is managed by the demo caseworker and has professionals invited to it.
        var noah = await factory.ChildIdAsync("Noah");
        var ids = new Dictionary<string, Guid> { ["childId"] = noah, ["invitationId"] = await InvitationIdAsync(noah) };
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var response = await caseworker.Http.GetAsync(new Uri(Fill(old, ids), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Fill(now, ids), response.Headers.Location!.OriginalString);

        if (now.EndsWith("/family-access", StringComparison.Ordinal))
        {
            // Only a young person whose rights have started decides whether their family keeps access, so the page
            // is opened by Jacob; the caseworker, who may see him, is moved there like anyone else.
            var jacob = new Dictionary<string, Guid> { ["childId"] = await factory.ChildIdAsync("Jacob") };
            using var youngPerson = factory.CreatePortalClient();
            await youngPerson.SignInAsync(DemoData.YoungPerson);
            var moved = await youngPerson.Http.GetAsync(new Uri(Fill(old, jacob), UriKind.Relative));
            Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
            Assert.Equal(Fill(now, jacob), moved.Headers.Location!.OriginalString);
            await AssertAnswersAsync(youngPerson, moved.Headers.Location.OriginalString);
        }
        else
        {
            await AssertAnswersAsync(caseworker, response.Headers.Location.OriginalString);
        }
    }

    [Theory]
    [InlineData("/cases/new-requests?page=2", "/requests/incoming?page=2")]
    [InlineData("/cases/{childId}/decision?from=email&note=a%20b", "/children/{childId}/case/decision?from=email&note=a%20b")]
    [InlineData("/children/{childId}/people?returnUrl=%2Fhome", "/children/{childId}/access?returnUrl=%2Fhome")]
    public async Task Get_OldAddressWithAQueryString_KeepsTheQueryStringOnTheNewAddress(string old, string now)
    {
        var noah = (await factory.ChildIdAsync("Noah")).ToString();
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var response = await caseworker.Http.GetAsync(new Uri(old.Replace("{childId}", noah, StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now.Replace("{childId}", noah, StringComparison.Ordinal), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_OldAddressNamingAChild_IsRedirectedWith308SoTheFormIsPostedAgainToTheNewAddress()
    {
        var noah = await factory.ChildIdAsync("Noah");
        var ids = new Dictionary<string, Guid> { ["childId"] = noah, ["invitationId"] = await InvitationIdAsync(noah) };
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        foreach (var (old, now) in OldAddresses.Moves.Where(m => m.Old.Contains("{childId", StringComparison.Ordinal)))
        {
            var response = await caseworker.Http.PostAsync(new Uri(Fill(old, ids), UriKind.Relative),
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "Kept" }));

            Assert.True(HttpStatusCode.PermanentRedirect == response.StatusCode, $"POST /{old} answered {(int)response.StatusCode}, not 308.");
            Assert.Equal(Fill(now, ids), response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task OldAddressOfAnotherFamilysChild_IsNotFoundAndDoesNotNameTheChild()
    {
        // Jo Hughes is Mia's and Jacob's mother; Noah Osei is another family's child.
        var noah = await factory.ChildIdAsync("Noah");
        var ids = new Dictionary<string, Guid> { ["childId"] = noah, ["invitationId"] = await InvitationIdAsync(noah) };
        using var parent = factory.CreatePortalClient();
        await parent.SignInAsync(DemoData.ThirdParent);

        foreach (var (old, _) in OldAddresses.Moves.Where(m => m.Old.Contains("{childId", StringComparison.Ordinal)))
        {
            var url = new Uri(Fill(old, ids), UriKind.Relative);
            foreach (var response in new[] { await parent.Http.GetAsync(url), await parent.Http.PostAsync(url, new FormUrlEncodedContent([])) })
            {
                var body = await response.Content.ReadAsStringAsync();
                var what = $"{response.RequestMessage!.Method} /{old}";
                Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{what} answered {(int)response.StatusCode}, not 404.");
                Assert.Null(response.Headers.Location);
                Assert.DoesNotContain("Noah", body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Osei", body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task OldAddressOfAChildThatDoesNotExist_IsNotFound()
    {
        using var caseworker = factory.CreatePortalClient();
        await caseworker.SignInAsync(DemoData.Caseworker);

        var response = await caseworker.Http.GetAsync(new Uri($"/cases/{Guid.NewGuid()}/decision", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OldAddress_Anonymous_IsSentToSignInAndBackToTheOldAddress()
    {
        var noah = await factory.ChildIdAsync("Noah");
        var ids = new Dictionary<string, Guid> { ["childId"] = noah, ["invitationId"] = await InvitationIdAsync(noah) };
        using var anonymous = factory.CreatePortalClient();

        foreach (var (old, _) in OldAddresses.Moves)
        {
            var path = Fill(old, ids);
            var response = await anonymous.Http.GetAsync(new Uri(path, UriKind.Relative));

            Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"GET /{old} answered {(int)response.StatusCode} to someone not signed in, not 302.");
            var location = new Uri(new Uri("https://localhost"), response.Headers.Location!);
            Assert.Equal("/account/sign-in", location.AbsolutePath);
            Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), location.Query, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task AssertAnswersAsync(PortalClient client, string url)
    {
        var (response, _) = await client.GetAsync(url);
        Assert.True(HttpStatusCode.OK == response.StatusCode, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}, not 200.");
    }

    private async Task<Guid> InvitationIdAsync(Guid childId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ProfessionalInvitations.Where(i => i.ChildId == childId && i.RevokedAt == null).OrderBy(i => i.InvitedAt).Select(i => i.Id).FirstAsync();
    }

    /// <summary>A route template with its parameters given: <c>cases/{childId:guid}/decision</c> becomes <c>/cases/…/decision</c>.</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, Guid> ids) =>
        "/" + RouteParameter().Replace(template, m => ids.TryGetValue(m.Groups[1].Value, out var id)
            ? id.ToString()
            : throw new InvalidOperationException($"The test has no value for {{{m.Groups[1].Value}}} in {template}."));

    [GeneratedRegex(@"\{(\w+)(?::\w+)?\}")]
    private static partial Regex RouteParameter();
}
