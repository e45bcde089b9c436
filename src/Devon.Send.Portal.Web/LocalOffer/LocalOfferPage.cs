using System.Security.Cryptography;
using System.Text;
using Devon.Send.Portal.Web.GovUk;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <summary>Where the page being served came from.</summary>
public enum PageOrigin
{
    File,
    Portal,
}

/// <summary>A published Local Offer page, rendered once when the content is loaded.</summary>
public sealed class LocalOfferPage
{
    public LocalOfferPage(string slug, LocalOfferDocument document, string source, PageOrigin origin)
    {
        Slug = slug;
        Document = document;
        Source = source;
        SourceHash = LocalOfferSource.Hash(source);
        Origin = origin;
        Rendered = GovUkMarkdown.Render(document.Body, HeadingLevel);
        PlainText = GovUkMarkdown.ToPlainText(document.Body);
        Service = document.Service is null ? null : OpenReferralIds.Service(slug);
    }

    /// <summary>A page's title is its h1, so its sections are written ## and become h2.</summary>
    public const int HeadingLevel = 1;

    public string Slug { get; }
    public LocalOfferDocument Document { get; }
    public string Source { get; }
    public string SourceHash { get; }
    public PageOrigin Origin { get; }
    public RenderedMarkdown Rendered { get; }
    public string PlainText { get; }

    /// <summary>The page's Open Referral UK service id, if it describes a service.</summary>
    public Guid? Service { get; }

    public string Url => LocalOfferParser.PathPrefix + Slug;

    /// <summary>The published version number when the page came from the portal.</summary>
    public int? Version { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Published in the portal but not yet written back to the repository by the export command.</summary>
    public bool AwaitingExport { get; init; }

    /// <summary>The repository's file changed after the page was published in the portal, so the file is served.</summary>
    public bool FileChangedSincePublished { get; init; }

    /// <summary>When the page last changed: its publication, or for a file, the day it was last reviewed.</summary>
    public DateTimeOffset LastModified => PublishedAt
        ?? new DateTimeOffset(Document.LastReviewed.ToDateTime(TimeOnly.MinValue), UkTime.Zone.GetUtcOffset(Document.LastReviewed.ToDateTime(TimeOnly.MinValue)));
}

public static class LocalOfferSource
{
    public static string Normalise(string source) => source.TrimStart('\uFEFF').ReplaceLineEndings("\n");

    public static string Hash(string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(source).TrimEnd('\n'))));
}
