using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Devon.Send.Portal.EndToEndTests;

/// <summary>
/// A real redis-server on a free loopback port, keeping nothing on disk, stopped by its own process id. Debian's
/// redis-server package provides it (tests/run.sh installs it when it is missing).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, string configuration)
    {
        _process = process;
        Configuration = configuration;
    }

    /// <summary>The StackExchange.Redis configuration string, for <c>ConnectionStrings:Redis</c>.</summary>
    public string Configuration { get; }

    /// <summary>
    /// Starts redis-server, trying again on another port when it stops while starting: another process can take the
    /// chosen port between choosing and binding it.
    /// </summary>
    public static async Task<RedisServer> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync();
            }
            catch (RedisExitedException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task<RedisServer> StartOnceAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed. Run tests/run.sh, which installs Debian's redis-server package.", e);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new RedisExitedException($"redis-server exited with code {process.ExitCode} while starting on port {port}."));
        process.BeginOutputReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.Dispose();
            throw;
        }

        return new RedisServer(process, $"127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RedisExitedException(string message) : InvalidOperationException(message);
}
