using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Devon.Send.Portal.Web.Attachments;

/// <summary>
/// Where attachments are kept, outside the web root: the portal saves, opens and deletes them only through this,
/// so that another store (Azure Blob Storage) can take the local disk's place.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Saves the content and returns the key it is kept under.</summary>
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default);

    /// <summary>The content kept under the key, or null if there is none.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary><c>Attachments:*</c> settings.</summary>
public sealed class AttachmentOptions
{
    /// <summary>The largest file accepted, in megabytes.</summary>
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>
    /// The largest upload request read, in megabytes: far above the file limit, so that a file that is too large
    /// is read and refused with a message on the form rather than cut off.
    /// </summary>
    public int MaxRequestMegabytes { get; set; } = 100;

    /// <summary>The folder of the local-disk store; by default <c>attachments</c> beside the SQLite file, or <c>data/attachments</c>.</summary>
    public string? Path { get; set; }

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public long MaxRequestBytes => Math.Max(MaxRequestMegabytes, MaxFileMegabytes + 2) * 1024L * 1024L;

    /// <summary>The folder to use: the configured one, beside the SQLite database, or <c>data/attachments</c> under the content root.</summary>
    public static string FolderFor(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Attachments:Path"] is { Length: > 0 } configured)
        {
            return System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
        }

        if ((configuration["Database:Provider"] ?? "Sqlite") == "Sqlite" && configuration.GetConnectionString("Portal") is { Length: > 0 } connection
            && new SqliteConnectionStringBuilder(connection).DataSource is { Length: > 0 } source && source != ":memory:"
            && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(source, environment.ContentRootPath)) is { } folder)
        {
            return System.IO.Path.Combine(folder, "attachments");
        }

        return System.IO.Path.Combine(environment.ContentRootPath, "data", "attachments");
    }
}

/// <summary>Attachments as files in a folder on the server's disk, each under a random key; never under wwwroot.</summary>
public sealed class LocalDiskAttachmentStore : IAttachmentStore
{
    private readonly string _folder;

    public LocalDiskAttachmentStore(string folder, IWebHostEnvironment environment)
    {
        _folder = Path.GetFullPath(folder);
        var webRoot = string.IsNullOrEmpty(environment.WebRootPath) ? null : Path.GetFullPath(environment.WebRootPath);
        if (webRoot is not null && (_folder + Path.DirectorySeparatorChar).StartsWith(webRoot + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("Attachments:Path must not be inside the web root, where anyone could download the files.");
        }
    }

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var key = AttachmentKeys.New();
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = AttachmentKeys.IsValid(key) ? PathOf(key) : null;
        return Task.FromResult<Stream?>(path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        // File.Delete ignores a missing file but not a missing folder.
        if (AttachmentKeys.IsValid(key) && File.Exists(PathOf(key)))
        {
            File.Delete(PathOf(key));
        }

        return Task.CompletedTask;
    }

    // Keys are only ever ones this store made, so no key can name a path of its own choosing.
    private string PathOf(string key) => Path.Combine(_folder, key[..2], key);
}

/// <summary>Attachment keys: random, made only by a store, so a key read from the database can never name another file or blob.</summary>
public static partial class AttachmentKeys
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static bool IsValid(string key) => Key().IsMatch(key);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Key();
}
