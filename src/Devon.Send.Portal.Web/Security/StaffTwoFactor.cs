using System.Security.Claims;

namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// Staff and professionals who sign in with a password rather than their organisation's Entra ID must use
/// two-step sign-in: until they turn it on, every page sends them to set it up.
/// </summary>
public static class StaffTwoFactor
{
    private static readonly string[] AllowedWhileSettingUp = ["/account/two-factor", "/account/sign-out", "/account/signed-out", "/account/timed-out", "/account/keep-alive", SessionTimeout.StatusPath, "/errors", "/help", "/health"];

    public static bool IsRequiredFor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && PortalRoles.All.Except(PortalRoles.Families).Any(user.IsInRole)
        && !EntraId.SignedInWith(user)
        && user.FindFirstValue(PortalClaimsFactory.TwoFactor) != "true";

    public static IApplicationBuilder UseStaffTwoFactor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var enforced = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Security:RequireTwoFactorForStaff", true);
        var path = context.Request.Path.Value ?? "";
        if (enforced && IsRequiredFor(context.User) && !AllowedWhileSettingUp.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/account/two-factor?required=true");
            return;
        }

        await next(context);
    });
}
