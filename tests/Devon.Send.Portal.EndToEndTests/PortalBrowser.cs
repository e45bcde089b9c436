using System.Net;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests;

/// <summary>
/// The portal served by Kestrel on 127.0.0.1 with the demo data, and Debian's Chromium driven by Playwright.
/// Playwright never downloads a browser here: tests/run.sh installs Chromium with apt-get.
/// </summary>
public class PortalBrowser : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly List<WebApplicationFactory<Program>> _instances = [];
    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The server's clock: real time, which a test can move forward (to end a session, say).</summary>
    public ServerClock Clock { get; } = new();

    public IServiceProvider Services => _factory!.Services;

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _settings = await SettingsAsync();
        BaseAddress = StartInstance();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ChromiumPath(),
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>Settings beyond the usual ones, for a fixture that needs the portal set up differently.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>> SettingsAsync() => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>Starts an instance of the portal on its own port, on the shared database; returns its address.</summary>
    protected Uri StartInstance()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}");
            b.UseSetting("Database:SeedDemoData", "true");
            b.UseSetting("Smtp:PickupFolder", Path.Combine(_folder, "mail"));
            // Every journey signs in from 127.0.0.1; the rate limit is tested in the integration tests.
            b.UseSetting("Security:RateLimit:PermitLimit", "100000");
            foreach (var (key, value) in _settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        _factory ??= factory;
        _instances.Add(factory);
        return new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task<IPage> NewPageAsync(Uri? instance = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = (instance ?? BaseAddress).ToString(), Locale = "en-GB" });
        // axe comes with every document from the start, rather than being sent over again for every check.
        await context.AddInitScriptAsync(AccessibilityAssertions.AxeScript);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        _errors.Add(page, errors);
        // A 404 page's own status is reported as a console error; failed sub-resources are caught by RequestFinished.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                errors.Add($"{response.Url}: {response.Status}");
            }
        };
        return page;
    }

    /// <summary>Script errors, Content-Security-Policy violations and failed assets seen by a page so far.</summary>
    public IReadOnlyList<string> ErrorsIn(IPage page) => _errors.TryGetValue(page, out var errors) ? errors : [];

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> _errors = [];

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static string ChromiumPath()
    {
        string[] candidates = [Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "", "/usr/bin/chromium", "/usr/lib/chromium/chromium"];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed. Run tests/run.sh, which installs Debian's chromium package, or set CHROMIUM_PATH.");
    }
}

/// <summary>Real time plus however far a test has moved it on. It only ever moves forward.</summary>
public sealed class ServerClock : TimeProvider
{
    private long _skippedTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _skippedTicks, by.Ticks);
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<PortalBrowser>
{
    public const string Name = "browser";
}

public static class AccessibilityAssertions
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>axe-core as the Deque package bundles it.</summary>
    internal static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    private sealed record Violation(string Id, string? Impact, string Help, string[] Targets);

    /// <summary>Runs axe on the page as it is now (WCAG 2.2 A and AA rules) and fails on any violation.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        Violation[] violations;
        if (await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            var found = await page.EvaluateAsync<System.Text.Json.JsonElement>(
                """
                tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                    .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })))
                """,
                Tags);
            violations = [.. found.EnumerateArray().Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString(),
                v.GetProperty("help").GetString()!,
                [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
        }
        else
        {
            // A page from a context made without PortalBrowser: the package injects axe itself.
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
            violations = [.. result.Violations.Select(v => new Violation(v.Id, v.Impact, v.Help, [.. v.Nodes.Select(n => string.Join(" ", n.Target))]))];
        }

        var problems = violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Targets)}");
        Assert.True(violations.Length == 0, $"axe found violations on {page.Url}:\n{string.Join('\n', problems)}");
    }
}

public static class Screenshots
{
    /// <summary>The page as a phone (375 px) and a laptop (1280 px) show it, kept with the test run's output to look at.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var width in new[] { 375, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }

        await page.SetViewportSizeAsync(1280, 720);
    }

    /// <summary>How far the page is wider than a 375 px phone screen: 0 when nothing needs scrolling sideways.</summary>
    public static async Task<int> OverflowOnAPhoneAsync(IPage page)
    {
        await page.SetViewportSizeAsync(375, 900);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.SetViewportSizeAsync(1280, 720);
        return overflow;
    }
}
