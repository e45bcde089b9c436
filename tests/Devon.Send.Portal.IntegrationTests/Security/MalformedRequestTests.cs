using System.Net;
using Devon.Send.Portal.Web.Demo;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// Requests no form sends: a NUL byte in a field, more fields than a form can hold, a POST to a page that only shows
/// something. Each gets the GOV.UK error page with 400 or 405, never a 500, and nothing is saved.
/// </summary>
public sealed class MalformedRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Input.Email", "parent\0@example.com")]
    [InlineData("Input.Password", "pass\0word")]
    [InlineData("__RequestVerificationToken", "\0")]
    public async Task A_NUL_byte_in_any_field_of_the_sign_in_form_is_a_bad_request(string field, string value)
    {
        using var client = factory.CreatePortalClient();
        var (_, form) = await client.GetAsync("/account/sign-in");

        var (response, page) = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = DemoData.Parent.Email, ["Input.Password"] = DemoData.Password, [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk", page.QuerySelector("h1")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NUL_byte_in_a_signed_in_form_is_a_bad_request_and_nothing_is_saved()
    {
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var leo = await factory.ChildIdAsync("Leo");
        var (_, form) = await client.GetAsync($"/children/{leo}/transfer/out");
        var before = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEvents));

        var (response, _) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["MoveOn.Day"] = "30", ["MoveOn.Month"] = "11", ["MoveOn.Year"] = "2026", ["NewCouncil"] = "Somerset\0 Council",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            System.Linq.Queryable.Select(System.Linq.Queryable.Where(db.AssessmentCases, c => c.ChildId == leo), c => c.MoveOutOn))));
        Assert.Equal(before, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AuditEvents)));
    }

    [Fact]
    public async Task More_form_fields_than_a_form_can_hold_is_a_bad_request()
    {
        using var client = factory.CreatePortalClient();
        var fields = Enumerable.Range(0, 1_100).Select(i => new KeyValuePair<string, string>($"f{i}", "x"));

        var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, string.Join("\n", factory.Logs.Messages.TakeLast(5)));
    }

    [Fact]
    public async Task A_post_to_a_page_that_only_shows_something_is_refused_with_405_on_every_page()
    {
        var pages = PagesWithoutAPostHandler();
        Assert.Contains("/account/check-your-email", pages);
        using var client = factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Caseworker);
        var (_, any) = await client.GetAsync("/home");
        var token = any.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var leo = await factory.ChildIdAsync("Leo");
        var failures = new List<string>();

        foreach (var page in pages)
        {
            var url = page.Replace("{childId:guid}", leo.ToString(), StringComparison.Ordinal).Replace("{childId}", leo.ToString(), StringComparison.Ordinal);
            if (url.Contains('{', StringComparison.Ordinal))
            {
                url = System.Text.RegularExpressions.Regex.Replace(url, @"\{[^}]+\}", m => m.Value.Contains("int", StringComparison.Ordinal) || m.Value.Contains("number", StringComparison.Ordinal) || m.Value.Contains("code", StringComparison.Ordinal) ? "1" : Guid.NewGuid().ToString());
            }

            var response = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
            if (response.StatusCode is not (HttpStatusCode.MethodNotAllowed or HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
            {
                failures.Add($"POST {url}: {(int)response.StatusCode}");
            }
            else if (response.StatusCode == HttpStatusCode.MethodNotAllowed && !response.Content.Headers.Allow.Contains("GET"))
            {
                failures.Add($"POST {url}: 405 without Allow: GET");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>The route of every page with no handler for POST (named or not), from the app's own endpoints.</summary>
    private List<string> PagesWithoutAPostHandler()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        return [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .Where(x => !(x.Page as CompiledPageActionDescriptor ?? loader.LoadAsync(x.Page!, x.Endpoint.Metadata).GetAwaiter().GetResult())
                .HandlerMethods.Any(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
            .Select(x => "/" + x.Endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => !p.StartsWith("/errors", StringComparison.Ordinal))
            .Distinct()];
    }
}
