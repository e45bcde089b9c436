using System.Net;
using AngleSharp.Html.Parser;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Pages.Account;

/// <summary>Staff sign-in through Microsoft.Identity.Web against a real OpenID Connect provider on loopback.</summary>
public sealed class EntraIdSignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private PortalClient ClientFor(EntraLikeProvider provider, bool requireTwoFactorForStaff = false, string? allowedTenants = null)
    {
        var configured = factory.WithWebHostBuilder(b =>
        {
            if (allowedTenants is not null)
            {
                b.UseSetting("AzureAd:AllowedTenants", allowedTenants);
            }

            b.UseSetting("Security:RequireTwoFactorForStaff", requireTwoFactorForStaff ? "true" : "false");
            b.UseSetting("AzureAd:Instance", provider.Instance);
            b.UseSetting("AzureAd:TenantId", EntraLikeProvider.TenantId);
            b.UseSetting("AzureAd:ClientId", EntraLikeProvider.ClientId);
            b.UseSetting("AzureAd:ClientSecret", EntraLikeProvider.ClientSecret);
            b.UseSetting("AzureAd:AllowHttpForLoopbackTests", "true");
            // The OIDC correlation cookies carry an expiry date, which the HTTP client checks against the real clock.
            b.ConfigureTestServices(s => s.AddSingleton(TimeProvider.System));
        });
        return new PortalClient(configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
    }

    /// <summary>What a browser does: the button, the provider's authorize page, its form_post back, the callback.</summary>
    private static async Task<HttpResponseMessage> SignInThroughProviderAsync(PortalClient client)
    {
        var (_, signInPage) = await client.GetAsync("/account/sign-in");
        var (challenge, _) = await client.SubmitAsync(signInPage, new Dictionary<string, string>(), "form[action^='/account/external-sign-in']");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);

        using var browser = new HttpClient();
        var authorize = await browser.GetStringAsync(challenge.Headers.Location);
        var form = new HtmlParser().ParseDocument(authorize).QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var callback = new Uri(form.GetAttribute("action")!);
        var returned = await client.Http.PostAsync(new Uri(callback.PathAndQuery, UriKind.Relative), new FormUrlEncodedContent(fields));

        var response = returned;
        while (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.StartsWith("/home", StringComparison.Ordinal))
        {
            response = await client.Http.GetAsync(response.Headers.Location);
        }

        return response;
    }

    [Fact]
    public async Task Get_WithEntraSettings_OffersTheWorkAccountButton()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        using var client = ClientFor(provider);

        var (_, page) = await client.GetAsync("/account/sign-in");

        Assert.Equal("Sign in with your work account", page.QuerySelector("form[action^='/account/external-sign-in'] button")!.TextContent);
    }

    [Fact]
    public async Task SignIn_SetsOnlyCookiesTheCookiesPageNames()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        using var client = ClientFor(provider);
        var (_, signInPage) = await client.GetAsync("/account/sign-in");

        var (challenge, _) = await client.SubmitAsync(signInPage, new Dictionary<string, string>(), "form[action^='/account/external-sign-in']");

        var cookies = Help.CookieList.CookiesSetBy(challenge).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".DevonSend.Correlation.", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".DevonSend.Nonce.", StringComparison.Ordinal));
        await Help.CookieList.AssertListedOnTheCookiesPageAsync(client, cookies);
    }

    [Fact]
    public async Task SignIn_WithAnAppRole_CreatesTheStaffAccountAndGivesThePortalRole_ReReadEachTime()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("11111111-2222-3333-4444-555555555555", "Alex Staff", "alex.staff@devon.example.org", ["Caseworker"]);
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);

        Assert.Equal("/home", response.Headers.Location!.OriginalString);
        var (_, home) = await client.GetAsync("/home");
        Assert.Equal("Your cases", home.QuerySelector("h1")!.TextContent);

        provider.NextUser = provider.NextUser with { Roles = ["EducationProfessional"] };
        using var later = ClientFor(provider);
        await SignInThroughProviderAsync(later);
        var (_, homeLater) = await later.GetAsync("/home");
        Assert.Equal("Your invitations", homeLater.QuerySelector("h1")!.TextContent);
        var changes = (await AuditAsync(AuditKind.RolesChanged)).Where(e => e.ActorName == "Alex Staff").Select(e => e.Detail).ToList();
        Assert.Equal(["Entra ID app roles: added Caseworker", "Entra ID app roles: added EducationProfessional; removed Caseworker"], changes);
    }

    [Fact]
    public async Task SignIn_WithTheTwoStepRuleOn_IsNeverSentToSetUpTwoStepSignIn_OnLaterRequestsEither()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("22222222-2222-3333-4444-555555555555", "Robin Staff", "robin.staff@devon.example.org", ["Caseworker"]);
        using var client = ClientFor(provider, requireTwoFactorForStaff: true);

        await SignInThroughProviderAsync(client);
        var first = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));
        var second = await client.Http.GetAsync(new Uri("/home", UriKind.Relative));
        var (_, security) = await client.GetAsync("/account/two-factor");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(security.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task SignIn_WithoutAPortalRole_IsRefusedWithAnExplanationAndAudited()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("99999999-2222-3333-4444-555555555555", "No Role", "no.role@devon.example.org", ["Reader"]);
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("has not given you a role", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(AuditKind.SignInFailed), e => e.Detail == "Entra ID: no portal role");
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithAForgedToken_IsRefused()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("77777777-2222-3333-4444-555555555555", "Forger", "forger@devon.example.org", ["TeamManager"]);
        provider.SignWithUnknownKey = true;
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Contains("could not sign you in", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }

    private async Task<List<AuditEvent>> AuditAsync(AuditKind kind)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents.AsNoTracking().Where(e => e.Kind == kind).ToListAsync();
    }

    private async Task<PortalUser?> AccountAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email);
    }

    private static string TextOf(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).QuerySelector("main")!.TextContent;

    [Fact]
    public async Task SignIn_FromATenantThatIsNotAllowed_IsRefusedAndAudited()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("33333333-2222-3333-4444-555555555555", "Outsider", "outsider@elsewhere.example", ["Caseworker"]) { Tenant = EntraLikeProvider.PartnerTenantId };
        using var client = ClientFor(provider);

        var response = await SignInThroughProviderAsync(client);

        Assert.Contains("Your organisation is not set up to sign in", TextOf(response), StringComparison.Ordinal);
        Assert.Null(await AccountAsync("outsider@elsewhere.example"));
        Assert.Contains(await AuditAsync(AuditKind.SignInFailed), e => e.Detail == $"Entra ID: tenant {EntraLikeProvider.PartnerTenantId} is not allowed to sign in");
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_FromAnAllowedPartnerTenant_GetsProfessionalRolesButNeverTheCouncils()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("44444444-2222-3333-4444-555555555555", "Partner Doctor", "doctor@partner-trust.example", ["HealthProfessional", "TeamManager", "Administrator"])
        {
            Tenant = EntraLikeProvider.PartnerTenantId,
        };
        using var client = ClientFor(provider, allowedTenants: $"{EntraLikeProvider.TenantId}, {EntraLikeProvider.PartnerTenantId}");

        var response = await SignInThroughProviderAsync(client);

        Assert.Equal("/home", response.Headers.Location!.OriginalString);
        var (_, home) = await client.GetAsync("/home");
        Assert.Equal("Your invitations", home.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/audit")).Response.StatusCode);
        var change = Assert.Single(await AuditAsync(AuditKind.RolesChanged), e => e.ActorName == "Partner Doctor");
        Assert.Equal("Entra ID app roles: added HealthProfessional; ignored council roles from another tenant: TeamManager, Administrator", change.Detail);
    }

    [Fact]
    public async Task SignIn_FromAPartnerTenantWithOnlyCouncilRoles_IsRefused()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("55555555-2222-3333-4444-555555555555", "Pretend Admin", "admin@partner-trust.example", ["Administrator"]) { Tenant = EntraLikeProvider.PartnerTenantId };
        using var client = ClientFor(provider, allowedTenants: $"{EntraLikeProvider.TenantId};{EntraLikeProvider.PartnerTenantId}");

        var response = await SignInThroughProviderAsync(client);

        Assert.Contains("has not given you a role", TextOf(response), StringComparison.Ordinal);
        Assert.Null(await AccountAsync("admin@partner-trust.example"));
    }

    [Fact]
    public async Task SignIn_WithAnUnverifiedEmailClaim_UsesTheSignInNameAndDoesNotTakeUpSomeoneElsesInvitation()
    {
        await SeedInvitationAsync("victim@devon-school.example");
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("66666666-2222-3333-4444-555555555555", "Mallory", "victim@devon-school.example", ["EducationProfessional"])
        {
            Tenant = EntraLikeProvider.PartnerTenantId,
            SignInName = "mallory@partner-trust.example",
        };
        using var client = ClientFor(provider, allowedTenants: $"{EntraLikeProvider.TenantId},{EntraLikeProvider.PartnerTenantId}");

        await SignInThroughProviderAsync(client);

        Assert.NotNull(await AccountAsync("mallory@partner-trust.example"));
        Assert.Null(await AccountAsync("victim@devon-school.example"));
        var (_, home) = await client.GetAsync("/home");
        Assert.Empty(home.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task SignIn_WithAnEmailTheTenantHasVerified_TakesUpTheInvitationAndAuditsIt()
    {
        var child = await SeedInvitationAsync("therapist@devon-school.example");
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("88888888-2222-3333-4444-555555555555", "Terry Therapist", "therapist@devon-school.example", ["EducationProfessional"])
        {
            Tenant = EntraLikeProvider.PartnerTenantId,
            SignInName = "t.therapist@partner-trust.example",
            EmailDomainVerified = true,
        };
        using var client = ClientFor(provider, allowedTenants: $"{EntraLikeProvider.TenantId},{EntraLikeProvider.PartnerTenantId}");

        await SignInThroughProviderAsync(client);

        var (_, home) = await client.GetAsync("/home");
        Assert.Equal(["Noah Osei"], home.QuerySelectorAll("tbody th").Select(t => t.TextContent).ToList());
        Assert.Contains(await AuditAsync(AuditKind.InvitationUsed), e => e.ActorName == "Terry Therapist" && e.ChildId == child);
    }

    [Fact]
    public async Task SignIn_RefusedAtTheProvider_IsAudited()
    {
        await using var provider = await EntraLikeProvider.StartAsync();
        provider.NextUser = new("12121212-2222-3333-4444-555555555555", "Forger Two", "forger.two@devon.example.org", ["Caseworker"]);
        provider.SignWithUnknownKey = true;
        using var client = ClientFor(provider);
        var before = (await AuditAsync(AuditKind.SignInFailed)).Count(e => e.Detail.StartsWith("Entra ID: the sign-in was refused", StringComparison.Ordinal));

        await SignInThroughProviderAsync(client);

        Assert.Equal(before + 1, (await AuditAsync(AuditKind.SignInFailed)).Count(e => e.Detail.StartsWith("Entra ID: the sign-in was refused", StringComparison.Ordinal)));
    }

    private async Task<Guid> SeedInvitationAsync(string email)
    {
        var noah = await factory.ChildIdAsync("Noah");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ProfessionalInvitations.Add(new ProfessionalInvitation
        {
            ChildId = noah,
            Email = email,
            Role = PortalRoles.EducationProfessional,
            Organisation = "Devon School",
            EndsOn = new DateOnly(2027, 6, 1),
            InvitedAt = PortalFactory.Today,
        });
        await db.SaveChangesAsync();
        return noah;
    }
}
