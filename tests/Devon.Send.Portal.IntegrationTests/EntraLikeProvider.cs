#pragma warning disable CA1861 // The discovery document is built once per request of a test provider.
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Devon.Send.Portal.IntegrationTests;

/// <summary>
/// A real OpenID Connect provider on loopback that behaves like Microsoft Entra ID's v2.0 endpoints for one
/// tenant: discovery, signing keys, the authorization code flow with PKCE and form_post, and ID tokens with
/// Entra's claims (oid, tid, preferred_username, roles). Whoever is in <see cref="NextUser"/> "signs in".
/// </summary>
public sealed class EntraLikeProvider : IAsyncDisposable
{
    public const string TenantId = "5c1d1f2e-4a6b-4c8d-9e0f-1a2b3c4d5e6f";
    public const string ClientId = "8a7b6c5d-4e3f-4a1b-8c2d-3e4f5a6b7c8d";
    public const string ClientSecret = "loopback-test-secret";

    /// <summary>A second organisation's tenant, such as a health trust's.</summary>
    public const string PartnerTenantId = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";

    /// <summary>
    /// Who signs in next. <see cref="Email"/> is both the <c>email</c> claim and, unless <see cref="SignInName"/> is
    /// given, <c>preferred_username</c>; <see cref="EmailDomainVerified"/> adds Entra's optional <c>xms_edov</c> claim.
    /// </summary>
    public sealed record User(string ObjectId, string Name, string Email, string[] Roles)
    {
        public string Tenant { get; init; } = TenantId;
        public string? SignInName { get; init; }
        public bool? EmailDomainVerified { get; init; }
    }

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "loopback-key" };
    private readonly ConcurrentDictionary<string, (User User, string? Nonce, string RedirectUri, string? Challenge)> _codes = new();

    private EntraLikeProvider(WebApplication app) => _app = app;

    public User NextUser { get; set; } = new("00000000-0000-0000-0000-000000000000", "Nobody", "nobody@example.org", []);

    /// <summary>Sign tokens with a key the published key set does not contain, as a forger would.</summary>
    public bool SignWithUnknownKey { get; set; }

    public string Instance { get; private set; } = "";

    private string Issuer => IssuerFor(TenantId);

    private string IssuerFor(string tenant) => $"{Instance}{tenant}/v2.0";

    public static async Task<EntraLikeProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new EntraLikeProvider(app);
        provider.Map(app);
        await app.StartAsync();
        provider.Instance = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return provider;
    }

    private void Map(WebApplication app)
    {
        var tenant = $"/{TenantId}";
        app.MapGet($"{tenant}/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/token",
            ["jwks_uri"] = $"{Instance}{TenantId}/discovery/v2.0/keys",
            ["end_session_endpoint"] = $"{Instance}{TenantId}/oauth2/v2.0/logout",
            ["response_types_supported"] = new[] { "code", "id_token", "code id_token", "id_token token" },
            ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
            ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nonce", "name", "oid", "tid", "preferred_username", "email", "roles" },
        }));

        app.MapGet($"{tenant}/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, alg = "RS256" } } });
        });

        app.MapGet($"{tenant}/oauth2/v2.0/authorize", (HttpRequest request) =>
        {
            var q = request.Query;
            if (q["client_id"] != ClientId || string.IsNullOrEmpty(q["redirect_uri"]) || !q["scope"].ToString().Contains("openid", StringComparison.Ordinal))
            {
                return Results.BadRequest("invalid_request");
            }

            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _codes[code] = (NextUser, q["nonce"], q["redirect_uri"]!, q["code_challenge"]);
            var fields = new Dictionary<string, string?> { ["code"] = code, ["state"] = q["state"] };
            if (q["response_mode"] == "form_post")
            {
                var inputs = string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{f.Key}\" value=\"{HtmlEncoder.Default.Encode(f.Value ?? "")}\">"));
                return Results.Content($"<html><body><form method=\"post\" action=\"{HtmlEncoder.Default.Encode(q["redirect_uri"]!)}\">{inputs}</form></body></html>", "text/html");
            }

            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"]!)}");
        });

        app.MapPost($"{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var (clientId, secret) = ClientCredentials(request, form);
            if (clientId != ClientId || secret != ClientSecret)
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            }

            if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var grant) || grant.RedirectUri != form["redirect_uri"])
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            if (grant.Challenge is not null && Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.Challenge)
            {
                return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: 400);
            }

            return Results.Json(new
            {
                token_type = "Bearer",
                scope = "openid profile email",
                expires_in = 3600,
                id_token = IdToken(grant.User, grant.Nonce),
                access_token = IdToken(grant.User, nonce: null),
            });
        });
    }

    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]));
        }

        return (form["client_id"], form["client_secret"]);
    }

    private string IdToken(User user, string? nonce)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = user.ObjectId + "-sub",
            ["oid"] = user.ObjectId,
            ["tid"] = user.Tenant,
            ["name"] = user.Name,
            ["preferred_username"] = user.SignInName ?? user.Email,
            ["email"] = user.Email,
            ["ver"] = "2.0",
        };
        if (user.Roles.Length > 0)
        {
            claims["roles"] = user.Roles;
        }

        if (user.EmailDomainVerified is { } verified)
        {
            claims["xms_edov"] = verified;
        }

        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        var key = SignWithUnknownKey ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = _key.KeyId } : _key;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = IssuerFor(user.Tenant),
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
