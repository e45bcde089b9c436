using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// What the portal needs behind a reverse proxy on the internet: the client's real address and scheme from a
/// trusted proxy, HTTPS everywhere outside Development, and a limit on how fast one address may try passwords,
/// invitation codes and confirmation emails.
/// </summary>
public static class Hardening
{
    /// <summary>The policy on the forms that take a password, a code or an address from someone not yet signed in.</summary>
    public const string AccountForms = "account-forms";

    public static IServiceCollection AddPortalHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            // Loopback (nginx on the same machine) is trusted by default; App Service's front end is listed here.
            foreach (var proxy in configuration.GetList("ForwardedHeaders:KnownProxies"))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetList("ForwardedHeaders:KnownNetworks"))
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            o.HttpsPort = configuration.GetValue("HttpsRedirection:HttpsPort", 443);
        });

        var permits = configuration.GetValue("Security:RateLimit:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("Security:RateLimit:WindowSeconds", 60));
        services.AddRateLimiter(o =>
        {
            // Status code pages then show the GOV.UK "too many attempts" page.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every policy's limiter says when its window reopens: the account forms' and the Local Offer feedback's differ.
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(AccountForms, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    $"{context.Request.Path.Value?.ToLowerInvariant()}|{context.Connection.RemoteIpAddress}",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    /// <summary>Runs first, so everything after it (audit, rate limits, HTTPS) sees the client's real address and scheme.</summary>
    public static WebApplication UseForwardedClient(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Health probes come from inside the host over plain HTTP and must get their answer, not a redirect.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/health"), branch => branch.UseHttpsRedirection());
        }

        return app;
    }
}
