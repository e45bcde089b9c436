using System.Security.Cryptography;
using Devon.Send.Portal.Web.Attachments;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Devon.Send.Portal.IntegrationTests.Advice;

/// <summary>What every attachment store must do, run against each of them below.</summary>
public abstract class AttachmentStoreContract
{
    protected abstract IAttachmentStore Store { get; }

    [Fact]
    public async Task Save_ThenOpen_GivesBackTheSameBytes()
    {
        // Larger than one upload block, from a stream that cannot seek, as an upload arrives.
        var content = RandomNumberGenerator.GetBytes((5 * 1024 * 1024) + 123);

        var key = await Store.SaveAsync(new ForwardOnlyStream(content));
        await using var opened = await Store.OpenAsync(key);

        Assert.NotNull(opened);
        using var copy = new MemoryStream();
        await opened.CopyToAsync(copy);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(copy.ToArray()));
        Assert.Equal(content.Length, copy.Length);
    }

    [Fact]
    public async Task Save_TheSameContentTwice_KeepsItUnderTwoKeys()
    {
        var content = "the same file"u8.ToArray();

        var first = await Store.SaveAsync(new MemoryStream(content));
        var second = await Store.SaveAsync(new MemoryStream(content));

        Assert.NotEqual(first, second);
        await Store.DeleteAsync(first);
        Assert.NotNull(await Store.OpenAsync(second));
    }

    [Fact]
    public async Task Delete_ThenOpen_FindsNothing()
    {
        var key = await Store.SaveAsync(new MemoryStream("advice"u8.ToArray()));

        await Store.DeleteAsync(key);

        Assert.Null(await Store.OpenAsync(key));
    }

    [Fact]
    public async Task Open_AKeyNeverSaved_FindsNothing() =>
        Assert.Null(await Store.OpenAsync(Guid.NewGuid().ToString("N")));

    [Theory]
    [InlineData("../../appsettings.json")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("")]
    public async Task Open_SomethingThatIsNotAKey_FindsNothing(string key) =>
        Assert.Null(await Store.OpenAsync(key));

    [Fact]
    public async Task Delete_AKeyNeverSaved_DoesNothing()
    {
        var kept = await Store.SaveAsync(new MemoryStream("kept"u8.ToArray()));

        await Store.DeleteAsync(Guid.NewGuid().ToString("N"));
        await Store.DeleteAsync("../kept");

        Assert.NotNull(await Store.OpenAsync(kept));
    }

    /// <summary>A request body: read once, front to back, length unknown.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

public sealed class LocalDiskAttachmentStoreTests : AttachmentStoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "attachments-" + Guid.NewGuid().ToString("N"));

    public LocalDiskAttachmentStoreTests() =>
        Store = AttachmentSettings.Create(Services(), new ConfigurationBuilder().Build(), _folder);

    protected override IAttachmentStore Store { get; }

    [Fact]
    public void Settings_NamingNoStore_KeepAttachmentsOnTheLocalDisk() => Assert.IsType<LocalDiskAttachmentStore>(Store);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    internal static IServiceProvider Services() =>
        new ServiceCollection().AddSingleton<IWebHostEnvironment>(new TestEnvironment()).BuildServiceProvider();

    private sealed class TestEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ApplicationName { get; set; } = "Devon.Send.Portal.Web";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public string EnvironmentName { get; set; } = "Development";
    }
}

/// <summary>The same behaviours against a real Blob Storage service (Azurite), in a container the store creates.</summary>
public sealed class AzureBlobAttachmentStoreTests : AttachmentStoreContract, IClassFixture<Azurite>
{
    public AzureBlobAttachmentStoreTests(Azurite azurite)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attachments:Store"] = "AzureBlob",
            ["ConnectionStrings:Attachments"] = azurite.ConnectionString,
            // A new container for each test: the store creates it on first use.
            ["Attachments:Container"] = "attachments-" + Guid.NewGuid().ToString("N")[..12],
        }).Build();
        Assert.Empty(AttachmentSettings.Problems(settings, requireBlob: true));
        Store = AttachmentSettings.Create(LocalDiskAttachmentStoreTests.Services(), settings, "unused");
    }

    protected override IAttachmentStore Store { get; }

    [Fact]
    public void Settings_NamingAzureBlob_KeepAttachmentsInBlobStorage() => Assert.IsType<AzureBlobAttachmentStore>(Store);

    [Fact]
    public async Task Open_BeforeTheContainerExists_FindsNothing() =>
        Assert.Null(await Store.OpenAsync(Guid.NewGuid().ToString("N")));
}

/// <summary>One rule picks the store: <c>Attachments:Store</c>; settings that say otherwise are refused, never ignored.</summary>
public sealed class AttachmentSettingsTests
{
    [Theory]
    [InlineData(null, "https://devon.blob.core.windows.net/", null, "Attachments:Store")]
    [InlineData("AzureBlob", null, null, "Attachments:BlobServiceUri")]
    [InlineData("AzureBlob", "https://devon.blob.core.windows.net/", "UseDevelopmentStorage=true", "Attachments:BlobServiceUri")]
    [InlineData("AzureBlob", "http://devon.blob.core.windows.net/", null, "Attachments:BlobServiceUri")]
    [InlineData("S3", null, null, "Attachments:Store")]
    public void Problems_WhenTheSettingsDisagree_NameTheSettingToFix(string? store, string? uri, string? connection, string setting)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attachments:Store"] = store,
            ["Attachments:BlobServiceUri"] = uri,
            ["ConnectionStrings:Attachments"] = connection,
        }).Build();

        var problem = Assert.Single(AttachmentSettings.Problems(settings, requireBlob: false));

        Assert.Equal(setting, problem.Setting);
    }

    [Theory]
    [InlineData("Attachments")]
    [InlineData("-attachments")]
    [InlineData("attach--ments")]
    [InlineData("at")]
    public void Problems_WithAContainerNameBlobStorageRefuses_NameIt(string container)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Attachments:Store"] = "AzureBlob",
            ["Attachments:BlobServiceUri"] = "https://devon.blob.core.windows.net/",
            ["Attachments:Container"] = container,
        }).Build();

        Assert.Equal("Attachments:Container", Assert.Single(AttachmentSettings.Problems(settings, requireBlob: true)).Setting);
    }
}
