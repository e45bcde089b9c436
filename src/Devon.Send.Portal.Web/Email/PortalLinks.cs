namespace Devon.Send.Portal.Web.Email;

/// <summary>
/// Absolute links for emails, built from the configured public address (<c>Portal:PublicBaseUrl</c>) rather than the
/// request's Host header, which whoever sends the request controls. Only Development falls back to the request.
/// </summary>
public sealed class PortalLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public const string Setting = "Portal:PublicBaseUrl";

    /// <summary>An absolute link to a path in the portal, such as <c>/account/sign-in</c>.</summary>
    public string To(string pathAndQuery)
    {
        var configured = PublicBaseUrl(configuration);
        if (configured is null)
        {
            var request = http.HttpContext?.Request ?? throw new InvalidOperationException($"{Setting} is not set.");
            configured = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        }

        return new Uri(configured, pathAndQuery.TrimStart('/')).ToString();
    }

    public static Uri? PublicBaseUrl(IConfiguration configuration) =>
        Uri.TryCreate(configuration[Setting], UriKind.Absolute, out var uri)
            ? new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : null;

    /// <summary>Outside Development the address must be set, and be HTTPS: links in emails must never point elsewhere.</summary>
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        if (PublicBaseUrl(configuration) is not { Scheme: "https" })
        {
            throw new PortalSettingsException([new(Setting,
                "must be set outside Development to the portal's public HTTPS address (for example https://send-portal.devon.gov.uk): links in emails are built from it.")]);
        }
    }
}
