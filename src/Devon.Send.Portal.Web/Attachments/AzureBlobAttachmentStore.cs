extern alias AzureIdentity;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using AzureIdentity::Azure.Identity;

namespace Devon.Send.Portal.Web.Attachments;

/// <summary>
/// Attachments as blobs in one private container of Azure Blob Storage, each under a random key, streamed in and
/// out without holding a whole file in memory. Every instance of the portal sees the same files. The container is
/// created, private, on first use if it is missing.
/// </summary>
public sealed class AzureBlobAttachmentStore(BlobContainerClient container) : IAttachmentStore, IDisposable
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    public void Dispose() => _creating.Dispose();

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken);
        var key = AttachmentKeys.New();
        await container.GetBlobClient(key).UploadAsync(content, new BlobUploadOptions
        {
            // Never replaces a blob: a key is used once.
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
        }, cancellationToken);
        return key;
    }

    public async Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!AttachmentKeys.IsValid(key))
        {
            return null;
        }

        try
        {
            var download = await container.GetBlobClient(key).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (AttachmentKeys.IsValid(key))
        {
            await container.GetBlobClient(key).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_created)
            {
                await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
                _created = true;
            }
        }
        finally
        {
            _creating.Release();
        }
    }
}

/// <summary>
/// Which attachment store the portal uses: <c>Attachments:Store</c> is <c>LocalDisk</c> (the default) or
/// <c>AzureBlob</c>, and nothing else picks it. Blob Storage is reached either by <c>Attachments:BlobServiceUri</c>
/// with the app's managed identity (<see cref="DefaultAzureCredential"/>), or by a storage connection string in
/// <c>ConnectionStrings:Attachments</c>; the container is <c>Attachments:Container</c> (default <c>attachments</c>).
/// </summary>
public static class AttachmentSettings
{
    public const string Store = "Attachments:Store";
    public const string BlobServiceUri = "Attachments:BlobServiceUri";
    public const string ConnectionString = "ConnectionStrings:Attachments";
    public const string Container = "Attachments:Container";

    public static bool UsesAzureBlob(IConfiguration configuration) =>
        string.Equals(configuration[Store], "AzureBlob", StringComparison.OrdinalIgnoreCase);

    /// <param name="requireBlob">In a Production of several instances, the local disk is not shared: Blob Storage is required.</param>
    public static IReadOnlyList<SettingProblem> Problems(IConfiguration configuration, bool requireBlob)
    {
        var problems = new List<SettingProblem>();
        var store = configuration[Store];
        var uri = configuration[BlobServiceUri];
        var connection = configuration[ConnectionString];
        var blobSettings = !string.IsNullOrWhiteSpace(uri) || !string.IsNullOrWhiteSpace(connection);
        if (!string.IsNullOrWhiteSpace(store) && !string.Equals(store, "LocalDisk", StringComparison.OrdinalIgnoreCase) && !UsesAzureBlob(configuration))
        {
            problems.Add(new(Store, "must be LocalDisk or AzureBlob."));
            return problems;
        }

        if (!UsesAzureBlob(configuration))
        {
            if (requireBlob)
            {
                problems.Add(new(Store, $"set it to AzureBlob, with {BlobServiceUri}: several instances do not share a local disk."));
            }
            else if (blobSettings)
            {
                problems.Add(new(Store, $"set it to AzureBlob to keep attachments in Blob Storage, or remove {BlobServiceUri} and {ConnectionString}: the portal never picks a store by itself."));
            }

            return problems;
        }

        if (string.IsNullOrWhiteSpace(uri) == string.IsNullOrWhiteSpace(connection))
        {
            problems.Add(new(BlobServiceUri, $"set either it (https://<account>.blob.core.windows.net/, reached with the app's managed identity) or {ConnectionString} (a storage connection string), not both."));
        }
        else if (!string.IsNullOrWhiteSpace(uri) && !(Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme == "https"))
        {
            problems.Add(new(BlobServiceUri, "must be the storage account's HTTPS blob address, https://<account>.blob.core.windows.net/."));
        }
        else if (!string.IsNullOrWhiteSpace(connection) && !ConnectionStringParses(connection))
        {
            // The value is a secret: it is never repeated.
            problems.Add(new(ConnectionString, "is not a storage connection string (DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…)."));
        }

        if (configuration[Container] is { Length: > 0 } name && !IsContainerName(name))
        {
            problems.Add(new(Container, "must be 3 to 63 lower-case letters, digits and single hyphens, starting with a letter or digit."));
        }

        return problems;
    }

    /// <summary>The store the settings name, once <see cref="Problems"/> has found nothing wrong with them.</summary>
    public static IAttachmentStore Create(IServiceProvider services, IConfiguration configuration, string localFolder)
    {
        if (!UsesAzureBlob(configuration))
        {
            return new LocalDiskAttachmentStore(localFolder, services.GetRequiredService<IWebHostEnvironment>());
        }

        var containerName = configuration[Container] is { Length: > 0 } name ? name : "attachments";
        var client = configuration[BlobServiceUri] is { Length: > 0 } uri
            ? new BlobServiceClient(new Uri(uri), new DefaultAzureCredential())
            : new BlobServiceClient(configuration[ConnectionString]);
        return new AzureBlobAttachmentStore(client.GetBlobContainerClient(containerName));
    }

    private static bool ConnectionStringParses(string connection)
    {
        try
        {
            _ = new BlobServiceClient(connection);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsContainerName(string name) =>
        name.Length is >= 3 and <= 63 && name[0] != '-' && !name.EndsWith('-') && !name.Contains("--", StringComparison.Ordinal)
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
