using System.Net;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// Tries every door: every endpoint the app exposes (from its own endpoint data), every handler, as every
/// role and as nobody, against a child none of them is linked to. Anything that names a child must refuse;
/// nothing may show that child's record.
/// </summary>
public sealed partial class DoorTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    private const string TargetFamilyName = "Pengelly";

    private sealed record Door(string Display, string Method, string? Handler, RoutePattern Pattern, bool AllowsAnonymous);

    [Fact]
    public void Every_endpoint_names_an_authorization_policy_or_is_deliberately_public()
    {
        var unguarded = Doors(out var endpoints).Count == 0 ? [] : endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
            .Select(e => e.DisplayName)
            .ToList();

        Assert.True(unguarded.Count == 0, "Endpoints with no explicit policy: " + string.Join(", ", unguarded));
    }

    [Fact]
    public void A_child_is_named_only_in_the_address_where_every_page_is_checked_against_the_child_policies()
    {
        // The child filter checks {childId} in the route before any handler runs; a child id taken from the query
        // string or a form would slip past it.
        var pageModels = typeof(PortalDbContext).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t));
        var offenders = pageModels
            .SelectMany(t => t.GetProperties().Where(p => p.Name.Equals("ChildId", StringComparison.OrdinalIgnoreCase)
                    && p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.FromRouteAttribute), true).Length == 0)
                .Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.GetMethods().Where(m => m.Name.StartsWith("On", StringComparison.Ordinal))
                    .SelectMany(m => m.GetParameters().Where(a => a.Name!.Contains("child", StringComparison.OrdinalIgnoreCase)).Select(a => $"{t.Name}.{m.Name}({a.Name})"))))
            .ToList();

        Assert.True(offenders.Count == 0, "Child ids bound from somewhere other than the route: " + string.Join(", ", offenders));
    }

    [Fact]
    public async Task No_role_can_open_another_childs_record_through_any_door()
    {
        var target = await AddUnrelatedChildAsync();
        var doors = Doors(out _);
        var accounts = DemoData.Accounts.Select(a => (DemoData.Account?)a).Append(null).ToList();
        var failures = new List<string>();
        var attempts = 0;

        foreach (var account in accounts)
        {
            using var client = factory.CreatePortalClient();
            await SignInAsync(client, account);
            foreach (var door in doors)
            {
                var url = UrlFor(door, target);
                var response = await SendAsync(client, door.Method, url);
                attempts++;
                var body = await response.Content.ReadAsStringAsync();
                var who = account?.Role ?? "Anonymous";
                if (body.Contains(TargetFamilyName, StringComparison.Ordinal))
                {
                    failures.Add($"{who} {door.Method} {url}: the response shows the child's record");
                }

                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{who} {door.Method} {url}: {(int)response.StatusCode}");
                }

                var namesChild = door.Pattern.Parameters.Any(p => p.Name == "childId");
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (account is null && response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal));
                if (namesChild && !refused)
                {
                    failures.Add($"{who} {door.Method} {url}: {(int)response.StatusCode}, not refused");
                }

                // A door may sign the person out (sign-out does); sign in again so the next door is tried as them.
                if (account is not null && (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
                {
                    await SignInAsync(client, account);
                }
            }
        }

        output.WriteLine($"{doors.Count} doors × {accounts.Count} callers (every role and anonymous) = {attempts} attempts");
        foreach (var door in doors)
        {
            output.WriteLine($"  {door.Method} /{door.Pattern.RawText?.TrimStart('/')}{(door.Handler is null ? "" : "?handler=" + door.Handler)}");
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(doors.Any(d => d.Pattern.Parameters.Any(p => p.Name == "childId")), "no door names a child: the test would prove nothing");
    }

    private List<Door> Doors(out List<RouteEndpoint> endpoints)
    {
        var source = factory.Services.GetRequiredService<EndpointDataSource>();
        var loader = factory.Services.GetRequiredService<PageLoader>();
        endpoints = source.Endpoints.OfType<RouteEndpoint>().ToList();
        var doors = new List<Door>();
        foreach (var endpoint in endpoints)
        {
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? loader.LoadAsync(page, endpoint.Metadata).GetAwaiter().GetResult();
                // Every page answers GET, with or without an OnGet handler.
                var handlers = compiled.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), h.Name)).Append(("GET", null)).Distinct();
                doors.AddRange(handlers.Select(h => new Door(endpoint.DisplayName!, h.Method, h.Name, endpoint.RoutePattern, anonymous)));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                doors.AddRange(methods.Select(m => new Door(endpoint.DisplayName!, m, null, endpoint.RoutePattern, anonymous)));
            }
        }

        return doors;
    }

    private static string UrlFor(Door door, Guid childId)
    {
        var path = RouteParameter().Replace(door.Pattern.RawText ?? "", m => m.Groups["name"].Value switch
        {
            "childId" => childId.ToString(),
            "invitationId" => Guid.NewGuid().ToString(),
            "requestId" or "attachmentId" or "teamId" => Guid.NewGuid().ToString(),
            "userId" => "door-test-unknown-user",
            "code" => "404",
            "id" => Guid.NewGuid().ToString(),
            "section" => "a",
            "step" => "child",
            "number" => "1",
            "path" => "door-test-unknown-address",
            "slug" => "door-test-unknown-page",
            "category" => "door-test-unknown-category",
            var name => throw new InvalidOperationException($"The door test does not know how to fill {{{name}}} in /{door.Pattern.RawText}: teach it."),
        });
        return "/" + path.TrimStart('/') + (door.Handler is null ? "" : "?handler=" + door.Handler);
    }

    private static async Task<HttpResponseMessage> SendAsync(PortalClient client, string method, string url)
    {
        if (method == "GET")
        {
            return await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        }

        // A real anti-forgery token for this caller, taken from a form they can see, so the door itself is tested.
        var (_, page) = await client.GetAsync("/account/sign-in");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        return await client.Http.SendAsync(request);
    }

    private static async Task SignInAsync(PortalClient client, DemoData.Account? account)
    {
        if (account is not null)
        {
            await client.SignInAsync(account);
        }
    }

    /// <summary>A child in another team's caseload, with a family, a caseworker and an invited professional of their own.</summary>
    private async Task<Guid> AddUnrelatedChildAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var team = new SendTeam { Name = "North Devon and Torridge 0–25 SEND Team" };
        PortalUser Person(string name, string email) => new() { UserName = email, Email = email, DisplayName = name, CreatedAt = now, SendTeamId = team.Id };
        var caseworker = Person("Other Caseworker", "other.caseworker@example.org");
        var parent = Person("Other Parent", "other.parent@example.com");
        var professional = Person("Other Professional", "other.professional@example.org");
        db.SendTeams.Add(team);
        db.Users.AddRange(caseworker, parent, professional);
        var child = new Child { GivenName = "Zennor", FamilyName = TargetFamilyName, DateOfBirth = new DateOnly(2016, 5, 4), CaseworkerId = caseworker.Id, SendTeamId = team.Id, CreatedAt = now };
        child.Family.Add(new FamilyLink { ChildId = child.Id, UserId = parent.Id, Relationship = "Mother", LinkedAt = now });
        child.Invitations.Add(new ProfessionalInvitation { ChildId = child.Id, UserId = professional.Id, Role = PortalRoles.HealthProfessional, Organisation = "Elsewhere", EndsOn = new DateOnly(2030, 1, 1), InvitedAt = now });
        child.Cases.Add(new AssessmentCase { ChildId = child.Id, RequestReceivedOn = new DateOnly(2026, 10, 1) });
        db.Children.Add(child);
        await db.SaveChangesAsync();

        // A plan with text and an issued version, so the plan's doors have something to give away.
        var plans = scope.ServiceProvider.GetRequiredService<PlanStore>();
        var plan = await plans.StartAsync(child.Id, new Author(caseworker.Id, caseworker.DisplayName, PortalRoles.Caseworker));
        await plans.SaveAsync(plan, "A", 0, new SectionContent { Views = new FamilyViews($"Zennor {TargetFamilyName} loves the sea.", null, null, null, null) }, "Written with Zennor", new Author(parent.Id, parent.DisplayName, PortalRoles.Parent));
        await plans.IssueAsync(plan, PlanVersionKind.Draft, new Author(caseworker.Id, caseworker.DisplayName, PortalRoles.Caseworker), 0, null);
        return child.Id;
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z]+)(:[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();
}
