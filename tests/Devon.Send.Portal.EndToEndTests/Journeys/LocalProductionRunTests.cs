using System.Diagnostics;
using HttpStatusCode = System.Net.HttpStatusCode;
using System.Text.RegularExpressions;
using Devon.Send.Portal.Web.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Devon.Send.Portal.EndToEndTests.Journeys;

/// <summary>
/// The local production-like run, started by its own script (infra/local/run.sh): redis-server, two portal
/// instances on one database, and nginx in front with HTTPS and sticky sessions. The script runs this test
/// project's copy of the portal, so no second build is needed.
/// </summary>
public sealed partial class LocalProductionRun : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly List<string> _output = [];
    private readonly object _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _script;
    private IPlaywright? _playwright;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> InstancePids { get; private set; } = new Dictionary<string, int>();

    /// <summary>Each instance's own plain-HTTP address, behind nginx.</summary>
    public IReadOnlyDictionary<string, Uri> InstanceAddresses { get; private set; } = new Dictionary<string, Uri>();

    public string DatabaseFile { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepositoryRoot(), "infra", "local", "run.sh") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORTAL_LOCAL_PORT"] = "0";
        start.Environment["PORTAL_LOCAL_DLL"] = Path.Combine(AppContext.BaseDirectory, "Devon.Send.Portal.Web.dll");
        _script = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        _script.OutputDataReceived += (_, line) => Record(line.Data);
        _script.ErrorDataReceived += (_, line) => Record(line.Data);
        _script.EnableRaisingEvents = true;
        _script.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"infra/local/run.sh ended while starting:\n{Output}"));
        _script.BeginOutputReadLine();
        _script.BeginErrorReadLine();
        try
        {
            await _ready.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException e)
        {
            // The script's own trap stops whatever it had started.
            await SignalAsync(_script.Id, "TERM");
            throw new TimeoutException($"infra/local/run.sh did not start within {StartTimeout}:\n{Output}", e);
        }

        var lines = Output;
        Address = new Uri(Ready().Match(lines).Groups["address"].Value);
        InstancePids = Instance().Matches(lines).ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture));
        InstanceAddresses = Instance().Matches(lines).ToDictionary(m => m.Groups["name"].Value, m => new Uri(m.Groups["address"].Value));
        DatabaseFile = Database().Match(lines).Groups["file"].Value;
        _playwright = await Playwright.CreateAsync();
        Browser = await PortalBrowser.LaunchChromiumAsync(_playwright);
    }

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>A browser of its own, sent by nginx's routing cookie to the instance named ("a" or "b").</summary>
    public async Task<IPage> NewPageOnAsync(string instance)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = "en-GB",
            // The script makes a certificate for each run.
            IgnoreHTTPSErrors = true,
        });
        await context.AddInitScriptAsync(AccessibilityAssertions.AxeScript);
        await context.AddCookiesAsync([new Cookie { Name = "devonsend_route", Value = instance, Url = Address.ToString(), Secure = true, HttpOnly = true }]);
        return await context.NewPageAsync();
    }

    /// <summary>The instance nginx sends this browser to now.</summary>
    public static async Task<string?> RouteOfAsync(IPage page) =>
        (await page.Context.CookiesAsync()).SingleOrDefault(c => c.Name == "devonsend_route")?.Value;

    /// <summary>Stops an instance as its host would (SIGTERM), and waits for the script to see it gone.</summary>
    public async Task StopInstanceAsync(string instance)
    {
        var stopped = $"Instance {instance} has stopped";
        await SignalAsync(InstancePids[instance], "TERM");
        await WaitForOutputAsync(stopped, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_script is null)
        {
            return;
        }

        // Ctrl-C's work: the script stops nginx, both instances and redis, and removes its folder.
        if (!_script.HasExited)
        {
            await SignalAsync(_script.Id, "TERM");
            await _script.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }

        _script.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Add(line);
            Monitor.PulseAll(_gate);
        }

        if (Ready().IsMatch(line))
        {
            _ready.TrySetResult();
        }
    }

    private Task WaitForOutputAsync(string text, TimeSpan timeout) => Task.Run(() =>
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (!_output.Any(l => l.Contains(text, StringComparison.Ordinal)))
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !Monitor.Wait(_gate, left))
                {
                    throw new TimeoutException($"The script did not say \"{text}\":\n{string.Join('\n', _output)}");
                }
            }
        }
    });

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Devon.Send.Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository (Devon.Send.Portal.sln) was not found above the test's folder.");
    }

    [GeneratedRegex(@"^Devon SEND Portal: (?<address>https://\S+)", RegexOptions.Multiline)]
    private static partial Regex Ready();

    [GeneratedRegex(@"^Instance (?<name>[ab]): (?<address>\S+) \(pid (?<pid>\d+)", RegexOptions.Multiline)]
    private static partial Regex Instance();

    [GeneratedRegex(@"^Database: (?<file>.+)$", RegexOptions.Multiline)]
    private static partial Regex Database();
}

public sealed partial class LocalProductionRunTests(LocalProductionRun run) : IClassFixture<LocalProductionRun>
{
    [Fact]
    public async Task Through_nginx_a_change_on_one_instance_reaches_the_other_and_stopping_an_instance_loses_nothing_and_its_browser_carries_on()
    {
        var mia = MiaId();
        // The caseworker's browser is sent to instance a, the parent's to instance b.
        var caseworker = await run.NewPageOnAsync("a");
        var parent = await run.NewPageOnAsync("b");
        await SignIn.AsAsync(caseworker, DemoData.Caseworker);
        await caseworker.AssertNoAxeViolationsAsync();
        await SignIn.AsAsync(parent, DemoData.ThirdParent);
        await parent.AssertNoAxeViolationsAsync();
        await parent.GotoAsync($"/children/{mia}/plan");
        await Assertions.Expect(parent.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await parent.AssertNoAxeViolationsAsync();

        // Saved through instance a, shown live on the parent's page served by instance b.
        var first = $"- Speech and language therapy advice, received {Guid.NewGuid():N}";
        await caseworker.GotoAsync($"/children/{mia}/plan/sections/k/edit");
        await caseworker.AssertNoAxeViolationsAsync();
        await caseworker.GetByLabel("Section K: Advice and information").FillAsync(first);
        await caseworker.GetByLabel("Why are you making this change?").FillAsync("Advice received");
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Save section K" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Section K has been saved");
        await Assertions.Expect(parent.Locator("#section-k")).ToContainTextAsync(first[2..]);
        await Assertions.Expect(parent.Locator("#plan-live-announcer")).ToHaveTextAsync("Section K, Advice and information, was changed by Priya Shah.");
        // Neither browser was moved: nginx rewrites the cookie whenever another instance answers.
        Assert.Equal("a", await LocalProductionRun.RouteOfAsync(caseworker));
        Assert.Equal("b", await LocalProductionRun.RouteOfAsync(parent));

        // The caseworker's plan page is live on instance a; then instance a stops.
        await Assertions.Expect(caseworker.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await caseworker.AssertNoAxeViolationsAsync();
        // The page marks itself ready again only when it has joined the plan on a new connection.
        await caseworker.EvaluateAsync("() => { document.getElementById('plan-live').dataset.liveReady = 'false' }");
        await run.StopInstanceAsync("a");
        await Assertions.Expect(caseworker.Locator("#plan-live[data-live-ready=true]")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        Assert.Equal("b", await LocalProductionRun.RouteOfAsync(caseworker));

        // Still signed in on instance b (one key ring), the caseworker adds to section K in another tab; the page that
        // reconnected updates live, and so does the parent's.
        var second = $"- Occupational therapy advice, received {Guid.NewGuid():N}";
        var tab = await caseworker.Context.NewPageAsync();
        await tab.GotoAsync($"/children/{mia}/plan/sections/k/edit");
        var textBox = tab.GetByLabel("Section K: Advice and information");
        // What was saved through instance a before it stopped is there.
        await Assertions.Expect(textBox).ToHaveValueAsync(first);
        await textBox.FillAsync($"{first}\n{second}");
        await tab.GetByLabel("Why are you making this change?").FillAsync("More advice received");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Save section K" }).ClickAsync();
        await Assertions.Expect(tab.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Section K has been saved");
        await Assertions.Expect(caseworker.Locator("#section-k")).ToContainTextAsync(second[2..]);
        await Assertions.Expect(parent.Locator("#section-k")).ToContainTextAsync(second[2..]);

        await parent.ReloadAsync();
        await Assertions.Expect(parent.Locator("#section-k")).ToContainTextAsync(first[2..]);
        await Assertions.Expect(parent.Locator("#section-k")).ToContainTextAsync(second[2..]);
        await parent.AssertNoAxeViolationsAsync();
    }

    /// <summary>
    /// What Development cannot show, checked where the portal runs as it would in production (Staging settings, behind
    /// nginx with HTTPS): HSTS for the public name, every cookie Secure and the site-wide ones with the __Host- prefix,
    /// plain HTTP sent to HTTPS, and the GOV.UK error pages with no detail of the server.
    /// </summary>
    [Fact]
    public async Task Behind_nginx_cookies_are_secure_and_host_only_HSTS_is_sent_and_errors_are_plain_pages()
    {
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // The run makes its own certificate.
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        using var http = new HttpClient(handler) { BaseAddress = run.Address };

        // HSTS for the name the public uses; never for localhost, or a developer's browser would insist on HTTPS there for a year.
        using var publicName = new HttpRequestMessage(HttpMethod.Get, "/");
        publicName.Headers.Host = "send-portal.devon.example";
        var home = await http.SendAsync(publicName);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(home.Headers.GetValues("Strict-Transport-Security")));
        Assert.False((await http.GetAsync(new Uri("/", UriKind.Relative))).Headers.Contains("Strict-Transport-Security"));

        // Every cookie the portal sets on the way in: Secure, and __Host- (path /, no Domain) for the site-wide ones.
        var signInPage = await http.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var antiforgery = CookiesOf(signInPage).Single(c => c.Contains("DevonSend.Antiforgery", StringComparison.Ordinal));
        var route = CookiesOf(signInPage).Where(c => c.StartsWith("devonsend_route=", StringComparison.Ordinal)).Select(c => c.Split(';')[0]);
        var html = await signInPage.Content.ReadAsStringAsync();
        var token = VerificationToken().Match(html).Groups["value"].Value;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = DemoData.Parent.Email, ["Input.Password"] = DemoData.Password, ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("Cookie", string.Join("; ", route.Append(antiforgery.Split(';')[0])));
        var signedIn = await http.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = CookiesOf(signedIn).Single(c => c.Contains("DevonSend.Auth", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, auth })
        {
            Assert.StartsWith("__Host-DevonSend.", cookie, StringComparison.Ordinal);
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain", StringComparison.Ordinal));
        }

        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);

        // The GOV.UK error pages, with the security headers and nothing about the server.
        foreach (var (request, status, heading) in new[]
        {
            (new HttpRequestMessage(HttpMethod.Get, "/no-such-page"), HttpStatusCode.NotFound, "Page not found"),
            (new HttpRequestMessage(HttpMethod.Get, "/account/sign-in?returnUrl=%00"), HttpStatusCode.BadRequest, "Sorry, we could not accept that"),
            (new HttpRequestMessage(HttpMethod.Post, "/help/cookies") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }) }, HttpStatusCode.MethodNotAllowed, "Sorry, this page cannot take what was sent"),
        })
        {
            using (request)
            {
                request.Headers.Add("Cookie", antiforgery.Split(';')[0]);
                var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == status, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
                Assert.Contains(heading, body, StringComparison.Ordinal);
                Assert.Contains("govuk-template", body, StringComparison.Ordinal);
                Assert.True(response.Headers.Contains("Content-Security-Policy"), $"{request.RequestUri}: no Content-Security-Policy");
                Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
                Assert.DoesNotContain("kestrel", response.Headers.Server.ToString(), StringComparison.OrdinalIgnoreCase);
            }
        }

        // An instance reached over plain HTTP sends the browser to HTTPS; its health probes answer as they are.
        using var direct = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        foreach (var instance in run.InstanceAddresses.Values)
        {
            HttpResponseMessage live;
            try
            {
                live = await direct.GetAsync(new Uri(instance, "/health/live"));
            }
            catch (HttpRequestException)
            {
                continue; // The other test may have stopped this instance.
            }

            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            var plain = await direct.GetAsync(new Uri(instance, "/account/sign-in"));
            Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
            Assert.Equal(Uri.UriSchemeHttps, plain.Headers.Location!.Scheme);
            return;
        }

        Assert.Fail("Neither instance answered over plain HTTP.");
    }

    private static List<string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? [.. cookies] : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex VerificationToken();

    private Guid MiaId()
    {
        using var connection = new SqliteConnection($"Data Source={run.DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Children WHERE GivenName = 'Mia'";
        return Guid.Parse((string)command.ExecuteScalar()!);
    }
}
