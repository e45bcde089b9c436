using Devon.Send.Portal.Web.Realtime;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Devon.Send.Portal.Web.Security;

/// <summary>A session ends after this long without a request; the timeout warning appears shortly before.</summary>
public static class SessionTimeout
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan Warning = TimeSpan.FromMinutes(2);

    /// <summary>Where the timeout warning asks how long the session really has left, which may be longer than the page thinks.</summary>
    public const string StatusPath = "/account/session-status";

    /// <summary>
    /// Every other request renews the session; asking how long it has left must not, or an idle tab asking would
    /// keep the session alive for ever. Nor must what a plan page does by itself: its live connection (and
    /// reconnections) and the parts it fetches when someone else changes the plan.
    /// </summary>
    public static void NeverRenewOnStatusCheck(CookieAuthenticationEvents events)
    {
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            if (IsStatusCheck(context.Request))
            {
                context.ShouldRenew = false;
            }
        };
        events.OnCheckSlidingExpiration = context =>
        {
            if (IsStatusCheck(context.Request))
            {
                context.ShouldRenew = false;
            }

            return Task.CompletedTask;
        };
    }

    public static bool IsStatusCheck(HttpRequest request) =>
        request.Path.Equals(StatusPath, StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments(Realtime.PlanHub.Path, StringComparison.OrdinalIgnoreCase)
        || (HttpMethods.IsGet(request.Method) && string.Equals(request.Query["handler"], "Part", StringComparison.OrdinalIgnoreCase));
}
