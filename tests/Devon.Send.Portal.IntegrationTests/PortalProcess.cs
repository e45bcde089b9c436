using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Devon.Send.Portal.IntegrationTests;

/// <summary>
/// The built portal serving HTTP as a process of its own on a free loopback port, with the demo data, on the SQLite
/// file given: something a test can kill as an operating system would, then start again on the same file.
/// </summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private PortalProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<PortalProcess> StartAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Devon.Send.Portal.Web.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development, for the demo accounts and plain HTTP; the database and its durability settings are as in production.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Portal"] = ConnectionString(folder);
        start.Environment["Database__SeedDemoData"] = "true";
        start.Environment["Security__RequireTwoFactorForStaff"] = "false";
        start.Environment["Smtp__PickupFolder"] = Path.Combine(folder, "mail");
        start.Environment["LocalOffer__ContentPath"] = Path.Combine(folder, "local-offer");
        var portal = new PortalProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Record(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (portal._output)
            {
                portal._output.Add(line);
            }

            if (Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["address"].Value));
            }
        }

        portal._process.OutputDataReceived += (_, e) => Record(e.Data);
        portal._process.ErrorDataReceived += (_, e) => Record(e.Data);
        portal._process.EnableRaisingEvents = true;
        portal._process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The portal ended while starting:\n{portal.Output}"));
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();
        // The database is migrated and the demo data loaded before the portal listens.
        portal.Address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return portal;
    }

    public static string ConnectionString(string folder) => $"Data Source={Path.Combine(folder, "portal.db")}";

    /// <summary>SIGKILL: no shutdown, no flushing, nothing the portal can do about it.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex Listening();
}
