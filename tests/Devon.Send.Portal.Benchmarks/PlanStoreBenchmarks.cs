using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Security;
using Devon.Send.Portal.Web.Startup;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.Benchmarks;

/// <summary>
/// One request at a time, each timed on its own (so the percentiles are of single requests), in the benchmark's own
/// process so that the memory column counts everything the request allocates: server, database and client.
/// </summary>
internal sealed class SingleRequestConfig : ManualConfig
{
    public SingleRequestConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(30)
            .WithIterationCount(400)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            // Writing the 10,000 plans the first time takes minutes, past the in-process toolchain's usual limit.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.P100);
    }
}

/// <summary>
/// Goal: on SQLite with 10,000 plans of 30 revisions each (8,000-word plans), opening the plan as it is now,
/// opening a historic version and comparing two versions each take under 20 ms at p95, and each request allocates
/// under 5 MB. The requests are real HTTP requests to the portal on Kestrel, signed in as the caseworker who holds
/// every case, each for a child picked at random; every response is checked.
/// </summary>
[Config(typeof(SingleRequestConfig))]
public class PlanStoreBenchmarks : IDisposable
{
    private const int Plans = 10_000;
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private string _folder = "";
    private Guid[] _children = [];
    private readonly Random _random = new(22112026);
    private Guid _child;

    [GlobalSetup]
    public void TenThousandPlans()
    {
        // 1.8 GB takes minutes to write, so the three benchmarks share one database, kept between runs; the
        // generator's version is in the folder's name, so a changed generator writes a new one.
        _folder = Path.Combine(Path.GetTempPath(), $"portal-bench-plans-{PlanGenerator.Version}");
        var fresh = !File.Exists(Path.Combine(_folder, "complete"));
        if (fresh && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        Directory.CreateDirectory(_folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = _folder,
            // The pages are found in the web app's assembly, not the benchmark's.
            ApplicationName = typeof(PortalApplication).Assembly.GetName().Name,
        });
        builder.Configuration["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(_folder, "portal.db")}";
        builder.Configuration["Database:SeedDemoData"] = "true";
        builder.Configuration["Security:RequireTwoFactorForStaff"] = "false";
        builder.Configuration["Smtp:PickupFolder"] = Path.Combine(_folder, "mail");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddPortal();
        _app = builder.Build();
        using (var scope = _app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<DemoSeeding>().PrepareAsync().GetAwaiter().GetResult();
        }

        if (fresh)
        {
            var stopwatch = Stopwatch.StartNew();
            PlanGenerator.Write(_app.Services, Plans);
            File.WriteAllText(Path.Combine(_folder, "complete"), "");
            Console.WriteLine($"// Wrote {Plans:N0} plans of {PlanGenerator.RevisionsPerPlan} revisions in {stopwatch.Elapsed.TotalSeconds:N0} s");
        }

        _children = PlanGenerator.Children(_app.Services);
        Console.WriteLine($"// {_children.Length:N0} plans; database {new FileInfo(Path.Combine(_folder, "portal.db")).Length / 1_048_576:N0} MB");

        _app.MapPortal();
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        SignInAsCaseworker().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void PickAChild() => _child = _children[_random.Next(_children.Length)];

    [Benchmark]
    public Task<int> Open_the_plan_as_it_is_now() => GetAsync($"/children/{_child}/plan", "Section K: Advice and information");

    [Benchmark]
    public Task<int> Open_the_first_issued_version() => GetAsync($"/children/{_child}/plan/versions/1", ": Draft 1</h1>");

    [Benchmark]
    public Task<int> Compare_the_first_draft_with_the_final_plan() => GetAsync($"/children/{_child}/plan/compare?from=1&to=3", "Changes from Draft 1 to Final plan");

    public void Dispose()
    {
        _client?.Dispose();
        GC.SuppressFinalize(this);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
    }

    private async Task<int> GetAsync(string url, string expected)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} without “{expected}”.");
        }

        return html.Length;
    }

    private async Task SignInAsCaseworker()
    {
        var form = await _client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await _client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = DemoData.Caseworker.Email,
            ["Input.Password"] = DemoData.Password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as the caseworker answered {(int)response.StatusCode}.");
        }
    }
}

/// <summary>
/// Made-up plans of about 8,000 words: each section written once, then 18 edits spread over the sections, with Draft 1
/// issued after the first writing, Draft 2 after 9 edits and the final plan after the last. Revisions and versions are
/// sealed into their hash chains exactly as the portal seals them, and written in batches straight through EF Core.
/// </summary>
internal static class PlanGenerator
{
    public const int RevisionsPerPlan = 30;

    public const string Version = "v1";

    public static Guid[] Children(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return [.. db.Children.Where(c => c.GivenName == "Bench").OrderBy(c => c.FamilyName).Select(c => c.Id)];
    }

    /// <summary>Words per section, adding up to 8,000 a plan.</summary>
    private static readonly (string Code, int Words)[] Budget =
    [
        ("A", 800), ("B", 900), ("C", 400), ("D", 300), ("E", 600), ("F", 1600), ("G", 500), ("H1", 300), ("H2", 300), ("I", 50), ("J", 250), ("K", 2000),
    ];

    private static readonly string[] Vocabulary =
    [
        "the", "child", "needs", "support", "with", "reading", "writing", "and", "speech", "language", "to", "of", "a", "in", "school",
        "each", "week", "therapy", "adult", "small", "group", "sessions", "minutes", "teacher", "home", "family", "she", "he", "is", "can",
        "finds", "it", "hard", "when", "there", "are", "changes", "routine", "noise", "calm", "space", "visual", "timetable", "prompts",
        "learning", "assistant", "specialist", "assessment", "progress", "review", "termly", "outcome", "by", "July", "will", "be", "able",
        "follow", "instructions", "friends", "play", "social", "communication", "understanding", "numbers", "maths", "phonics", "motor",
        "skills", "handwriting", "sensory", "breaks", "movement", "anxiety", "confidence", "independence", "travel", "college", "work",
    ];

    public static void Write(IServiceProvider services, int plans)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var caseworker = db.Users.Single(u => u.Email == DemoData.Caseworker.Email);
        var team = db.SendTeams.Select(t => t.Id).First();
        var random = new Random(20261122);
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        const int batch = 100;
        for (var first = 0; first < plans; first += batch)
        {
            using var batchScope = services.CreateScope();
            var batchDb = batchScope.ServiceProvider.GetRequiredService<PortalDbContext>();
            batchDb.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = first; i < Math.Min(plans, first + batch); i++)
            {
                var child = new Child
                {
                    GivenName = "Bench",
                    FamilyName = $"Child {i:D5}",
                    DateOfBirth = new DateOnly(2015, 1, 1).AddDays(i % 3000),
                    CaseworkerId = caseworker.Id,
                    SendTeamId = team,
                    CreatedAt = start,
                };
                batchDb.Children.Add(child);
                var plan = new EhcPlan { ChildId = child.Id, CreatedAt = start, CreatedById = caseworker.Id };
                batchDb.Plans.Add(plan);
                AddHistory(batchDb, plan, random, start);
            }

            batchDb.SaveChanges();
        }
    }

    private static void AddHistory(PortalDbContext db, EhcPlan plan, Random random, DateTimeOffset start)
    {
        var latest = new Dictionary<string, SectionRevision>();
        var contents = new Dictionary<string, SectionContent>();
        var issued = new List<PlanVersion>();
        var at = start;
        void Save(string code, SectionContent content)
        {
            latest.TryGetValue(code, out var previous);
            var revision = new SectionRevision
            {
                PlanId = plan.Id,
                SectionCode = code,
                Number = (previous?.Number ?? 0) + 1,
                Content = content.ToJson(),
                Reason = "Benchmark revision",
                AuthorName = DemoData.Caseworker.DisplayName,
                AuthorRole = PortalRoles.Caseworker,
                CreatedAt = at = at.AddMinutes(17),
                PreviousHash = previous?.Hash ?? PlanIntegrity.Origin,
            }.Seal();
            db.SectionRevisions.Add(revision);
            latest[code] = revision;
            contents[code] = content;
        }

        void Issue(PlanVersionKind kind)
        {
            var version = PlanVersions.Issue(
                plan.Id,
                [.. issued.Select(v => new IssuedVersion(v.PlanId, v.Number, v.Kind, v.Hash))],
                [.. latest.Values.Select(r => new LatestRevision(r.Id, r.PlanId, r.SectionCode, r.Hash))],
                kind,
                at = at.AddHours(1),
                issuedById: null,
                DemoData.Caseworker.DisplayName,
                PortalRoles.Caseworker,
                openFindings: 0,
                overrideReason: null);
            db.PlanVersions.Add(version);
            issued.Add(version);
        }

        foreach (var (code, words) in Budget)
        {
            Save(code, Content(code, words, random));
        }

        Issue(PlanVersionKind.Draft);
        for (var edit = 1; edit <= RevisionsPerPlan - Budget.Length; edit++)
        {
            var code = Budget[random.Next(Budget.Length)].Code;
            Save(code, Edit(contents[code], random));
            if (edit == 9)
            {
                Issue(PlanVersionKind.Draft);
            }
        }

        Issue(PlanVersionKind.Final);
    }

    private static SectionContent Content(string code, int words, Random random)
    {
        var content = PlanSections.KindOf(code) switch
        {
            SectionKind.Views => new SectionContent { Views = new FamilyViews(Text(words / 4, random), Text(words / 4, random), Text(words / 4, random), Text(words / 4, random), "The child and their family") },
            SectionKind.Needs => new SectionContent { Needs = [.. Enumerable.Range(0, 6).Select(_ => new Need("", code == "B" ? PlanSections.AreasOfNeed[random.Next(4)] : null, Text(words / 6, random)))] },
            SectionKind.Outcomes => new SectionContent { Outcomes = [.. Enumerable.Range(1, 6).Select(n => new Outcome("", Text(words / 6, random), new DateOnly(2027, 7, 31), [$"B{n}"]))] },
            SectionKind.Provision => new SectionContent
            {
                Provision = [.. Enumerable.Range(1, 6).Select(n => new ProvisionItem("", Text(words / 6 - 15, random), "A specialist teacher", "3 sessions of 30 minutes each week", "Until the annual review", [$"B{n}"], [$"E{n}"]))],
            },
            SectionKind.Placement => new SectionContent { Placement = new Placement("Mainstream primary school", "Benchmark Primary School"), Text = Text(words, random) },
            _ => new SectionContent { Text = Text(words, random) },
        };
        return content.WithIdsFor(code);
    }

    /// <summary>An edit as people make them: a few words changed in one part, sometimes a sentence added.</summary>
    private static SectionContent Edit(SectionContent content, Random random)
    {
        string Change(string text)
        {
            var words = text.Split(' ');
            for (var i = 0; i < Math.Max(3, words.Length / 30); i++)
            {
                words[random.Next(words.Length)] = Vocabulary[random.Next(Vocabulary.Length)];
            }

            return string.Join(' ', words) + (random.Next(2) == 0 ? " " + Text(15, random) : "");
        }

        return content switch
        {
            { Views: { } v } => content with { Views = v with { Hopes = Change(v.Hopes ?? "") } },
            { Needs.Count: > 0 } => content with { Needs = [.. content.Needs.Select((n, i) => i == 0 ? n with { Text = Change(n.Text) } : n)] },
            { Outcomes.Count: > 0 } => content with { Outcomes = [.. content.Outcomes.Select((o, i) => i == 0 ? o with { Text = Change(o.Text) } : o)] },
            { Provision.Count: > 0 } => content with { Provision = [.. content.Provision.Select((p, i) => i == 0 ? p with { What = Change(p.What) } : p)] },
            _ => content with { Text = Change(content.Text ?? "") },
        };
    }

    private static string Text(int words, Random random)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var word = Vocabulary[random.Next(Vocabulary.Length)];
            text.Append(i % 14 == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(i % 14 == 13 ? ". " : " ");
        }

        return text.ToString().TrimEnd();
    }
}
