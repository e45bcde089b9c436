using System.Diagnostics;
using Devon.Send.Portal.Web;
using Devon.Send.Portal.Web.Security;

namespace Devon.Send.Portal.IntegrationTests.Security;

/// <summary>
/// The built portal started for real in Production, configured only by environment variables as App Service
/// configures it: a missing or wrong setting stops it with one message naming the setting, and no stack trace.
/// </summary>
public sealed class ProductionStartUpTests
{
    // Azurite's published development key: a real account key is never in the repository.
    private const string DevelopmentStorageKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Everything the Azure deployment sets (infra/bicep/main.bicep), with :-separated names written as __.</summary>
    private static Dictionary<string, string> AzureSettings() => new()
    {
        ["Database__Provider"] = "SqlServer",
        // Nothing listens on port 1: the portal passes the settings check and only then fails to reach the database.
        ["ConnectionStrings__Portal"] = "Server=tcp:127.0.0.1,1;Database=devon-send-portal;Encrypt=True;Connect Timeout=1",
        ["ConnectionStrings__Redis"] = "127.0.0.1:1,abortConnect=false",
        ["Portal__PublicBaseUrl"] = "https://send-portal.devon.example/",
        ["Smtp__Host"] = "smtp.devon.example",
        ["Smtp__From"] = "Devon SEND Portal <send-portal@devon.example>",
        ["Attachments__Store"] = "AzureBlob",
        ["Attachments__BlobServiceUri"] = "https://devonsendportal.blob.core.windows.net/",
        ["AzureAd__Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd__TenantId"] = "11111111-2222-3333-4444-555555555555",
        ["AzureAd__ClientId"] = "66666666-7777-8888-9999-000000000000",
        ["AzureAd__ClientSecret"] = "a-client-secret-from-key-vault",
    };

    [Theory]
    [InlineData("Database__Provider", null, "Database:Provider")]
    [InlineData("Database__Provider", "Sqlite", "Database:Provider")]
    [InlineData("ConnectionStrings__Portal", null, "ConnectionStrings:Portal")]
    [InlineData("ConnectionStrings__Redis", null, "ConnectionStrings:Redis")]
    [InlineData("Portal__PublicBaseUrl", null, "Portal:PublicBaseUrl")]
    [InlineData("Portal__PublicBaseUrl", "http://send-portal.devon.example", "Portal:PublicBaseUrl")]
    [InlineData("Smtp__Host", null, "Smtp:Host")]
    [InlineData("Smtp__From", "not an address", "Smtp:From")]
    [InlineData("Attachments__Store", null, "Attachments:Store")]
    [InlineData("Attachments__Store", "Dropbox", "Attachments:Store")]
    [InlineData("Attachments__BlobServiceUri", null, "Attachments:BlobServiceUri")]
    [InlineData("AzureAd__ClientId", null, "AzureAd:ClientId")]
    [InlineData("AzureAd__ClientSecret", null, "AzureAd:ClientSecret")]
    [InlineData("AzureAd__AllowHttpForLoopbackTests", "true", "AzureAd:AllowHttpForLoopbackTests")]
    [InlineData("Notifications__DigestHour", "25", "Notifications:DigestHour")]
    [InlineData("Notifications__CheckEvery", "every minute", "Notifications:CheckEvery")]
    [InlineData("ForwardedHeaders__KnownNetworks__0", "somewhere", "ForwardedHeaders:KnownNetworks")]
    [InlineData("OpenTelemetry__OtlpEndpoint", "collector", "OpenTelemetry:OtlpEndpoint")]
    [InlineData("Retention__YearsAfterDateOfBirth", "10", "Retention:YearsAfterDateOfBirth")]
    public async Task Start_WithASettingMissingOrWrong_StopsWithOneMessageNamingIt(string variable, string? value, string setting)
    {
        var settings = AzureSettings();
        if (value is null)
        {
            settings.Remove(variable);
        }
        else
        {
            settings[variable] = value;
        }

        var run = await RunToEndAsync(settings);

        Assert.Equal(PortalSettingsException.ExitCode, run.ExitCode);
        Assert.StartsWith("The portal cannot start: one setting is missing or wrong.", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"  {setting}: ", run.Errors, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Start_WithSeveralSettingsMissing_NamesEveryOneInTheOneMessage()
    {
        var settings = AzureSettings();
        settings.Remove("Database__Provider");
        settings.Remove("ConnectionStrings__Redis");
        settings.Remove("Attachments__Store");

        var run = await RunToEndAsync(settings);

        Assert.Equal(PortalSettingsException.ExitCode, run.ExitCode);
        Assert.StartsWith("The portal cannot start: 3 settings are missing or wrong.", run.Errors, StringComparison.Ordinal);
        Assert.Contains("  Database:Provider: set it to SqlServer", run.Errors, StringComparison.Ordinal);
        Assert.Contains("  ConnectionStrings:Redis: ", run.Errors, StringComparison.Ordinal);
        Assert.Contains("  Attachments:Store: set it to AzureBlob", run.Errors, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Start_WithAStorageConnectionStringThatIsWrong_NamesItWithoutShowingIt()
    {
        var settings = AzureSettings();
        settings.Remove("Attachments__BlobServiceUri");
        // A key without the account it belongs to.
        settings["ConnectionStrings__Attachments"] = $"DefaultEndpointsProtocol=https;AccountKey={DevelopmentStorageKey}";

        var run = await RunToEndAsync(settings);

        Assert.Equal(PortalSettingsException.ExitCode, run.ExitCode);
        Assert.Contains("  ConnectionStrings:Attachments: is not a storage connection string", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(DevelopmentStorageKey, run.Errors + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandVerb_WithASettingMissing_StopsTheSameWay()
    {
        var settings = AzureSettings();
        settings.Remove("ConnectionStrings__Portal");

        var run = await RunToEndAsync(settings, "verify-plans");

        Assert.Equal(PortalSettingsException.ExitCode, run.ExitCode);
        Assert.Contains("  ConnectionStrings:Portal: ", run.Errors, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Start_WithEverySettingPresent_GetsPastTheCheck()
    {
        using var process = Start(AzureSettings());
        var passed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("every setting it needs was checked", StringComparison.Ordinal) == true)
            {
                passed.TrySetResult(line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) => errors.AppendLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        try
        {
            // It goes on to reach SQL Server, which cannot run here; only the check passing is asserted.
            var first = await Task.WhenAny(passed.Task, exited).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.True(first == passed.Task, $"The portal stopped before passing the settings check: {errors}");
            Assert.Contains("\"Environment\":\"Production\"", await passed.Task, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await exited;
        }
    }

    private static void AssertNoStackTrace(Run run)
    {
        Assert.DoesNotContain("   at ", run.Errors + run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Errors + run.Output, StringComparison.Ordinal);
    }

    private sealed record Run(int ExitCode, string Output, string Errors);

    private static async Task<Run> RunToEndAsync(Dictionary<string, string> settings, params string[] args)
    {
        using var process = Start(settings, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return new Run(process.ExitCode, await output, await errors);
    }

    private static Process Start(Dictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Devon.Send.Portal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only what is given here: nothing from the test run's own environment configures the portal.
        foreach (var name in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal) || k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
