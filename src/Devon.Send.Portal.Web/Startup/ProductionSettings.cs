using System.Globalization;
using System.Net;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Email;
using MimeKit;

namespace Devon.Send.Portal.Web.Startup;

/// <summary>
/// Every setting the portal needs in Production, checked before anything is built, so that a wrong or missing one
/// stops start-up (and every command verb) with one message naming it, rather than a failure on the first request
/// that needs it, or a quiet fallback to the development defaults (SQLite beside the app, attachments on local disk).
/// By default Production is the Azure deployment: several instances on SQL Server, Redis, Blob Storage and Entra ID.
/// <c>Portal:SingleServer=true</c> declares a deployment on one server instead, where the database is still named
/// explicitly but may be SQLite, attachments may stay on disk, and Redis and Entra ID are optional.
/// </summary>
public static class ProductionSettings
{
    public const string SingleServer = "Portal:SingleServer";

    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsProduction() && Problems(configuration) is { Count: > 0 } problems)
        {
            throw new PortalSettingsException(problems);
        }
    }

    public static IReadOnlyList<SettingProblem> Problems(IConfiguration configuration)
    {
        var problems = new List<SettingProblem>();
        void Problem(string setting, string whatToSet) => problems.Add(new(setting, whatToSet));
        bool Missing(string setting) => string.IsNullOrWhiteSpace(configuration[setting]);

        CheckTyped<bool>(configuration, SingleServer, "true or false", problems);
        var singleServer = configuration.GetValue(SingleServer, false) && problems.Count == 0;

        var provider = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(provider))
        {
            Problem("Database:Provider", singleServer
                ? "set it to SqlServer or Sqlite: Production never picks a database by default."
                : "set it to SqlServer: Production runs on SQL Server, never on a default SQLite file.");
        }
        else if (provider is not ("SqlServer" or "Sqlite") || (provider == "Sqlite" && !singleServer))
        {
            Problem("Database:Provider", singleServer
                ? "must be SqlServer or Sqlite."
                : $"must be SqlServer in Production (SQLite is for one server: set {SingleServer}=true to run on one).");
        }

        if (Missing("ConnectionStrings:Portal"))
        {
            Problem("ConnectionStrings:Portal", provider == "Sqlite"
                ? "set it to the SQLite database file (Data Source=/path/to/portal.db)."
                : "set it to the SQL Server connection string (with Authentication=Active Directory Managed Identity on Azure).");
        }

        if (!singleServer && Missing("ConnectionStrings:Redis"))
        {
            Problem("ConnectionStrings:Redis", "set it to the Redis connection string (host:6380,password=…,ssl=True): the instances reach each other's browsers through it.");
        }

        if (PortalLinks.PublicBaseUrl(configuration) is not { Scheme: "https" })
        {
            Problem(PortalLinks.Setting, "set it to the portal's public HTTPS address (for example https://send-portal.devon.gov.uk): links in emails are built from it.");
        }

        CheckSmtp(configuration, Problem, Missing);
        foreach (var problem in AttachmentSettings.Problems(configuration, requireBlob: !singleServer))
        {
            problems.Add(problem);
        }

        CheckEntraId(configuration, required: !singleServer, Problem, Missing);
        CheckEverythingElse(configuration, problems);
        return problems;
    }

    private static void CheckSmtp(IConfiguration configuration, Action<string, string> problem, Func<string, bool> missing)
    {
        if (missing("Smtp:Host"))
        {
            problem("Smtp:Host", "set it to the SMTP relay's host name: the portal must be able to send email.");
        }

        if (!missing("Smtp:From") && !MailboxAddress.TryParse(configuration["Smtp:From"], out _))
        {
            problem("Smtp:From", "must be an email address, or a name and an address (Devon SEND Portal <send-portal@devon.gov.uk>).");
        }

        if (!missing("Smtp:UserName") && missing("Smtp:Password"))
        {
            problem("Smtp:Password", "set it (from Key Vault) when Smtp:UserName is set, or remove Smtp:UserName if the relay needs no sign-in.");
        }
    }

    private static void CheckEntraId(IConfiguration configuration, bool required, Action<string, string> problem, Func<string, bool> missing)
    {
        if (configuration.GetValue("AzureAd:AllowHttpForLoopbackTests", false))
        {
            problem("AzureAd:AllowHttpForLoopbackTests", "remove it: it lets Entra ID metadata come over plain HTTP and loosens the issuer check, for the test suite's loopback provider only.");
        }

        var anySet = configuration.GetSection("AzureAd").GetChildren().Any(c => !string.IsNullOrWhiteSpace(c.Value) || c.GetChildren().Any());
        if (!required && !anySet)
        {
            return;
        }

        if (missing("AzureAd:ClientId"))
        {
            problem("AzureAd:ClientId", "set it to the app registration's Application (client) ID (infra/README.md, step 3).");
        }

        if (missing("AzureAd:TenantId") && missing("AzureAd:Authority"))
        {
            problem("AzureAd:TenantId", "set it to the council's Entra ID tenant (directory) ID.");
        }

        if (missing("AzureAd:ClientSecret") && !configuration.GetSection("AzureAd:ClientCredentials").GetChildren().Any())
        {
            problem("AzureAd:ClientSecret", "set it, as a Key Vault reference to the app registration's client secret: the sign-in redeems its code with it.");
        }

        if (!missing("AzureAd:Instance") && !(Uri.TryCreate(configuration["AzureAd:Instance"], UriKind.Absolute, out var instance) && instance.Scheme == "https"))
        {
            problem("AzureAd:Instance", "must be an HTTPS address (https://login.microsoftonline.com/), or left out.");
        }
    }

    /// <summary>Settings read later as numbers, times or addresses: a value that does not convert would fail then.</summary>
    private static void CheckEverythingElse(IConfiguration configuration, List<SettingProblem> problems)
    {
        CheckTyped<int>(configuration, "Smtp:Port", "a port number from 1 to 65535", problems, p => p is >= 1 and <= 65535);
        CheckTyped<bool>(configuration, "Smtp:UseStartTls", "true or false", problems);
        CheckTyped<bool>(configuration, "Database:MigrateOnStartup", "true or false", problems);
        CheckTyped<bool>(configuration, "Security:RequireTwoFactorForStaff", "true or false", problems);
        CheckTyped<int>(configuration, "Security:RateLimit:PermitLimit", "a whole number of at least 1", problems, n => n >= 1);
        CheckTyped<int>(configuration, "Security:RateLimit:WindowSeconds", "a whole number of seconds, at least 1", problems, n => n >= 1);
        CheckTyped<int>(configuration, "ForwardedHeaders:ForwardLimit", "a whole number of at least 1", problems, n => n >= 1);
        CheckTyped<int>(configuration, "HttpsRedirection:HttpsPort", "a port number from 1 to 65535", problems, p => p is >= 1 and <= 65535);
        CheckTyped<int>(configuration, "LocalOffer:RefreshSeconds", "a whole number of seconds, at least 1", problems, n => n >= 1);
        CheckTyped<TimeSpan>(configuration, "Notifications:CheckEvery", "a time such as 00:01:00, more than zero", problems, t => t > TimeSpan.Zero);
        CheckTyped<int>(configuration, "Notifications:DigestHour", "an hour from 0 to 23", problems, h => h is >= 0 and <= 23);
        CheckTyped<int>(configuration, "Notifications:MaxAttempts", "a whole number of at least 1", problems, n => n >= 1);
        CheckTyped<int>(configuration, "Attachments:MaxFileMegabytes", "a whole number of megabytes, at least 1", problems, n => n >= 1);
        CheckTyped<int>(configuration, "Attachments:MaxRequestMegabytes", "a whole number of megabytes, at least 1", problems, n => n >= 1);
        CheckTyped<int>(configuration, $"{CouncilTargets.Section}:UnderFiveReviewMonths", "0 (no target), 3 or 6", problems, n => n is 0 or 3 or 6);
        CheckTyped<int>(configuration, $"{CouncilTargets.Section}:ReadingAge", "a reading age in years, from 7 to 18", problems, n => n is >= 7 and <= 18);
        CheckTyped<int>(configuration, "Retention:YearsAfterDateOfBirth", $"a whole number of years from {Records.RetentionOptions.MinYears} to {Records.RetentionOptions.MaxYears}",
            problems, n => n is >= Records.RetentionOptions.MinYears and <= Records.RetentionOptions.MaxYears);
        foreach (var proxy in configuration.GetList("ForwardedHeaders:KnownProxies").Where(p => !IPAddress.TryParse(p, out _)))
        {
            problems.Add(new("ForwardedHeaders:KnownProxies", $"'{proxy}' is not an IP address."));
        }

        foreach (var network in configuration.GetList("ForwardedHeaders:KnownNetworks").Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            problems.Add(new("ForwardedHeaders:KnownNetworks", $"'{network}' is not a network such as 10.0.0.0/8."));
        }

        problems.AddRange(Telemetry.SettingProblems(configuration));
    }

    private static void CheckTyped<T>(IConfiguration configuration, string setting, string expected, List<SettingProblem> problems, Func<T, bool>? valid = null)
    {
        var value = configuration[setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        T converted;
        try
        {
            converted = configuration.GetValue<T>(setting)!;
        }
        catch (InvalidOperationException)
        {
            problems.Add(new(setting, $"must be {expected}."));
            return;
        }

        if (valid is not null && !valid(converted))
        {
            problems.Add(new(setting, string.Create(CultureInfo.InvariantCulture, $"must be {expected}.")));
        }
    }
}
