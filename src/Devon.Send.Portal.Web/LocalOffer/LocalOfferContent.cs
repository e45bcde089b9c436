using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <summary>The content folder, and the two commands that work on it: the content check and the export.</summary>
public static class LocalOfferContent
{
    public const string DefaultPath = "../../content/local-offer";

    /// <summary>The copy a published build carries (see the web project file).</summary>
    public const string PublishedPath = "content/local-offer";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// <c>LocalOffer:ContentPath</c> when it is set (relative to the content root); otherwise the copy beside a
    /// published build if there is one, or the repository's folder when running from source.
    /// </summary>
    public static string Folder(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["LocalOffer:ContentPath"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, environment.ContentRootPath);
        }

        var published = Path.GetFullPath(PublishedPath, environment.ContentRootPath);
        return Directory.Exists(published) ? published : Path.GetFullPath(DefaultPath, environment.ContentRootPath);
    }

    public static IReadOnlyList<ContentFile> Read(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => ReadFile(folder, f))]
            : [];

    private static ContentFile ReadFile(string folder, string path)
    {
        var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
        var bytes = File.ReadAllBytes(path);
        return Utf8Text.FirstInvalidLine(bytes) is { } line ? new ContentFile(name, "", line) : new ContentFile(name, Utf8Text.Decode(bytes));
    }

    /// <summary>
    /// The <c>check-local-offer</c> command: every problem in the content files, with file and line, on
    /// <paramref name="problems"/>, and what was checked on <paramref name="output"/>.
    /// </summary>
    public static int Check(string folder, TextWriter output, TextWriter problems)
    {
        var files = Read(folder);
        if (files.Count == 0)
        {
            problems.WriteLine($"No Local Offer pages (*.md files) found in {folder}.");
            return 1;
        }

        var snapshot = LocalOfferLibrary.Build(files, []);
        foreach (var problem in snapshot.Problems)
        {
            problems.WriteLine(problem.ToString());
        }

        output.WriteLine($"{files.Count} files checked in {folder}: {snapshot.Pages.Count} {(snapshot.Pages.Count == 1 ? "page" : "pages")} can be published, {snapshot.Problems.Count} {(snapshot.Problems.Count == 1 ? "problem" : "problems")}.");
        return snapshot.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// The <c>export-local-offer</c> command: writes each page published in the portal back to its Markdown file,
    /// so the repository can take the change. A file changed in the repository since is never overwritten.
    /// </summary>
    public static async Task<int> ExportAsync(PortalDbContext db, string folder, TextWriter output, CancellationToken cancellationToken = default)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await output.WriteLineAsync("The database is not up to date: start the portal against it once (or apply the migration script) before exporting.");
            return 1;
        }

        var files = Read(folder);
        var latest = await db.LocalOfferVersions.AsNoTracking()
            .Where(v => v.Number == db.LocalOfferVersions.Where(o => o.Slug == v.Slug).Max(o => o.Number))
            .ToListAsync(cancellationToken);
        var snapshot = LocalOfferLibrary.Build(files, latest);
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var page in snapshot.Pages)
        {
            var version = latest.FirstOrDefault(v => v.Slug == page.Slug);
            if (page.FileChangedSincePublished && version is not null)
            {
                await output.WriteLineAsync($"Not written: {page.Slug}.md has changed in the repository since version {version.Number} was published in the portal. Compare the two and publish the page again.");
            }

            if (!page.AwaitingExport)
            {
                continue;
            }

            var relative = files.FirstOrDefault(f => Path.GetFileNameWithoutExtension(f.RelativePath) == page.Slug)?.RelativePath ?? page.Slug + ".md";
            await File.WriteAllTextAsync(Path.Combine(folder, relative), LocalOfferSource.Normalise(page.Source).TrimEnd('\n') + "\n", Utf8WithoutBom, cancellationToken);
            await output.WriteLineAsync($"Wrote {relative}: version {page.Version}, published {page.PublishedAt!.Value.ToUkDate()}{(version?.ApprovedByName is { } by ? $", approved by {by}" : "")}.");
            written++;
        }

        await output.WriteLineAsync(written == 0
            ? $"Nothing to export: every page published in the portal is already in {folder}."
            : $"{written} {(written == 1 ? "page" : "pages")} written to {folder}. Commit them to the repository.");
        return 0;
    }
}
