using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <param name="NotUtf8Line">The first line that is not UTF-8, for a file that is not; its source is then empty.</param>
public sealed record ContentFile(string RelativePath, string Source, int? NotUtf8Line = null);

/// <summary>Every published page, in memory, with its search index and the problems found while loading.</summary>
public sealed class LocalOfferSnapshot
{
    public static readonly LocalOfferSnapshot Empty = new([], [], 0);

    private readonly Dictionary<string, LocalOfferPage> _bySlug;
    private readonly Dictionary<Guid, LocalOfferPage> _byService;

    public LocalOfferSnapshot(IEnumerable<LocalOfferPage> pages, IReadOnlyList<ContentProblem> problems, long latestVersionId)
    {
        Pages = [.. pages.OrderBy(p => p.Document.Title, StringComparer.OrdinalIgnoreCase)];
        Problems = [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)];
        LatestVersionId = latestVersionId;
        _bySlug = Pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _byService = Pages.Where(p => p.Service is not null).ToDictionary(p => p.Service!.Value);
        Search = new LocalOfferSearchIndex(Pages);
    }

    /// <summary>Published pages, by title.</summary>
    public IReadOnlyList<LocalOfferPage> Pages { get; }

    public IReadOnlyList<ContentProblem> Problems { get; }

    public long LatestVersionId { get; }

    public LocalOfferSearchIndex Search { get; }

    public IEnumerable<LocalOfferPage> Services => _byService.Values.OrderBy(p => p.Document.Title, StringComparer.OrdinalIgnoreCase);

    public LocalOfferPage? Find(string? slug) => slug is not null && _bySlug.TryGetValue(slug, out var page) ? page : null;

    public LocalOfferPage? FindService(Guid id) => _byService.GetValueOrDefault(id);

    public IEnumerable<LocalOfferPage> InCategory(LocalOfferCategory category) => Pages.Where(p => p.Document.Category == category);

    /// <summary>The pages the writer chose, then others in the same category.</summary>
    public IReadOnlyList<LocalOfferPage> RelatedTo(LocalOfferPage page, int count = 5)
    {
        var chosen = page.Document.Related.Select(Find).OfType<LocalOfferPage>();
        var sameCategory = InCategory(page.Document.Category).Where(p => p != page);
        return [.. chosen.Concat(sameCategory).Distinct().Take(Math.Max(count, page.Document.Related.Count))];
    }
}

/// <summary>
/// The Local Offer as served: the Markdown files under the content folder, overlaid by pages published in the
/// portal (the latest published version of each page, unless the repository's file has changed since). Loaded
/// into memory at start-up and again whenever a page is published.
/// </summary>
public sealed class LocalOfferLibrary(IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, ILogger<LocalOfferLibrary> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile LocalOfferSnapshot _current = LocalOfferSnapshot.Empty;

    public string ContentPath { get; } = LocalOfferContent.Folder(configuration, environment);

    public LocalOfferSnapshot Current => _current;

    public void Dispose() => _loading.Dispose();

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            var files = LocalOfferContent.Read(ContentPath);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var latest = await db.LocalOfferVersions.AsNoTracking()
                .Where(v => v.Number == db.LocalOfferVersions.Where(o => o.Slug == v.Slug).Max(o => o.Number))
                .ToListAsync(cancellationToken);
            var snapshot = Build(files, latest);
            foreach (var problem in snapshot.Problems)
            {
                logger.LogWarning("Local Offer content problem: {Problem}", problem.ToString());
            }

            logger.LogInformation("Local Offer loaded: {Pages} pages from {Folder}, {Problems} problems", snapshot.Pages.Count, ContentPath, snapshot.Problems.Count);
            _current = snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Reloads if another server has published a page since this one last loaded.</summary>
    public async Task RefreshIfChangedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var latest = await db.LocalOfferVersions.MaxAsync(v => (long?)v.Id, cancellationToken) ?? 0;
        if (latest != Current.LatestVersionId)
        {
            await LoadAsync(cancellationToken);
        }
    }

    public static LocalOfferSnapshot Build(IReadOnlyList<ContentFile> files, IReadOnlyList<LocalOfferVersion> latestVersions)
    {
        var problems = new List<ContentProblem>();
        var parsedFiles = new Dictionary<string, (ParsedPage Parsed, ContentFile File)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.NotUtf8Line is { } line)
            {
                problems.Add(new ContentProblem(file.RelativePath, line, Utf8Text.NotUtf8()));
                continue;
            }

            var parsed = LocalOfferParser.Parse(file.Source, file.RelativePath);
            problems.AddRange(parsed.Problems);
            if (!parsedFiles.TryAdd(parsed.Slug, (parsed, file)))
            {
                problems.Add(new ContentProblem(file.RelativePath, 1, $"Another file, {parsedFiles[parsed.Slug].File.RelativePath}, already has the address {parsed.Slug}"));
            }
        }

        var versions = latestVersions.ToDictionary(v => v.Slug, StringComparer.Ordinal);
        var served = new List<(LocalOfferPage Page, ParsedPage Parsed)>();
        foreach (var slug in parsedFiles.Keys.Union(versions.Keys).Order(StringComparer.Ordinal))
        {
            var fromFile = parsedFiles.TryGetValue(slug, out var f) ? f : default;
            if (!versions.TryGetValue(slug, out var version))
            {
                if (fromFile.Parsed.Document is { } document)
                {
                    served.Add((new LocalOfferPage(slug, document, fromFile.File.Source, PageOrigin.File), fromFile.Parsed));
                }

                continue;
            }

            var fromPortal = LocalOfferParser.Parse(version.Source, slug + ".md") with { File = $"{slug} (published version {version.Number})" };
            problems.AddRange(fromPortal.Problems.Select(p => p with { File = fromPortal.File }));

            var fileHash = fromFile.File is null ? null : LocalOfferSource.Hash(fromFile.File.Source);
            var fileChanged = fileHash is not null && fileHash != version.SourceHash && fileHash != version.FileHash;
            if (fileChanged && fromFile.Parsed.Document is { } newer)
            {
                served.Add((new LocalOfferPage(slug, newer, fromFile.File!.Source, PageOrigin.File) { FileChangedSincePublished = true }, fromFile.Parsed));
            }
            else if (fromPortal.Document is { } published)
            {
                served.Add((new LocalOfferPage(slug, published, version.Source, PageOrigin.Portal)
                {
                    Version = version.Number,
                    PublishedAt = version.PublishedAt,
                    AwaitingExport = fileHash != version.SourceHash,
                }, fromPortal));
            }
            else if (fromFile.Parsed?.Document is { } fallback)
            {
                served.Add((new LocalOfferPage(slug, fallback, fromFile.File!.Source, PageOrigin.File), fromFile.Parsed));
            }
        }

        // Links are checked in every file, published or not, and in every page published from the portal.
        var slugs = served.Select(s => s.Page.Slug).ToHashSet(StringComparer.Ordinal);
        var checkedPages = parsedFiles.Values.Select(f => f.Parsed).Concat(served.Where(s => s.Page.Origin == PageOrigin.Portal).Select(s => s.Parsed)).Distinct();
        problems.AddRange(LocalOfferParser.CheckLinks([.. checkedPages], slugs));
        return new LocalOfferSnapshot(served.Select(s => s.Page), problems, latestVersions.Count == 0 ? 0 : latestVersions.Max(v => v.Id));
    }
}

/// <summary>Checks now and then whether another server has published a page, so every server serves the same Local Offer.</summary>
public sealed class LocalOfferRefresh(LocalOfferLibrary library, IConfiguration configuration, ILogger<LocalOfferRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("LocalOffer:RefreshSeconds", 60);
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await library.RefreshIfChangedAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not check for newly published Local Offer pages");
            }
        }
    }
}
