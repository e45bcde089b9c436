namespace Devon.Send.Portal.Web.Security;

/// <summary>
/// The portal's cookie names. Outside Development every cookie goes over HTTPS only, and the ones for the whole site
/// carry the <c>__Host-</c> prefix: a browser takes such a cookie only from an HTTPS page, for the path /, with no
/// Domain, so a plain-HTTP page or a neighbouring subdomain cannot set or overwrite it. The work-account sign-in's
/// cookies are for its callback path only, which <c>__Host-</c> forbids, so they carry <c>__Secure-</c>.
/// Development keeps plain names because it runs over HTTP, where a browser refuses both prefixes.
/// </summary>
public static class PortalCookies
{
    public const string Auth = "DevonSend.Auth";
    public const string Antiforgery = "DevonSend.Antiforgery";
    public const string TwoFactor = "DevonSend.TwoFactor";
    public const string TempData = "DevonSend.TempData";
    public const string External = "DevonSend.External";
    public const string Correlation = "DevonSend.Correlation.";
    public const string Nonce = "DevonSend.Nonce.";

    public static string NameOf(string cookie, IHostEnvironment environment) =>
        environment.IsDevelopment() ? "." + cookie
        : cookie is Correlation or Nonce ? "__Secure-" + cookie
        : "__Host-" + cookie;

    public static CookieSecurePolicy SecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
