using System.Diagnostics;

namespace Devon.Send.Portal.IntegrationTests;

/// <summary>
/// Runs one of the web app's command verbs for real: the built app as a child process, configured only by
/// environment variables (as a council's scheduled job would be), in Production, against the database given.
/// </summary>
public static class PortalCommand
{
    public sealed record Run(int ExitCode, string Output, string Errors);

    public static Task<Run> RunAsync(string connectionString, params string[] args) => RunAsync(connectionString, new Dictionary<string, string>(), args);

    /// <summary>The same, with more settings as environment variables (<c>Section__Key</c>).</summary>
    public static async Task<Run> RunAsync(string connectionString, IReadOnlyDictionary<string, string> settings, params string[] args)
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

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__SingleServer"] = "true";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Smtp__Host"] = "127.0.0.1";
        start.Environment["Portal__PublicBaseUrl"] = "https://send-portal.devon.example/";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Run(process.ExitCode, await output, await errors);
    }
}
