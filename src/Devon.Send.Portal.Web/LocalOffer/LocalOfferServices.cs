using System.Threading.RateLimiting;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <summary>The Local Offer: its pages, their editing, the Open Referral UK feed and feedback on pages.</summary>
public static class LocalOfferServices
{
    /// <summary>The rate limit on "Is this page useful?", the one form anyone can send without signing in.</summary>
    public const string FeedbackRateLimit = "local-offer-feedback";

    public static IServiceCollection AddLocalOffer(this IServiceCollection services)
    {
        services.AddSingleton<LocalOfferLibrary>();
        services.AddHostedService<LocalOfferRefresh>();
        services.AddScoped<LocalOfferEditing>();
        // The Open Referral UK feed is open data: any site may read it, without a key.
        services.AddCors(o => o.AddPolicy(OpenReferral.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET").AllowAnyHeader()));
        // "Is this page useful?" is the one thing anyone can write without signing in: limit how fast one address can.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(FeedbackRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(10) }));
        });
        return services;
    }
}
