using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.UnitTests.LocalOffer;

/// <summary>How files and pages published in the portal combine into what is served.</summary>
public sealed class LocalOfferLibraryTests
{
    private static readonly string File1 = ContentSamples.Page(title: "From the file");
    private static readonly string Portal2 = ContentSamples.Page(title: "From the portal");

    private static LocalOfferVersion Version(string slug, string source, string? fileHash, int number = 2, long id = 7) => new()
    {
        Id = id,
        Slug = slug,
        Number = number,
        Source = source,
        SourceHash = LocalOfferSource.Hash(source),
        FileHash = fileHash,
        Origin = VersionOrigin.Portal,
        PublishedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void A_page_published_in_the_portal_is_served_instead_of_its_unchanged_file_until_it_is_exported()
    {
        var snapshot = LocalOfferLibrary.Build([new("breaks.md", File1)], [Version("breaks", Portal2, LocalOfferSource.Hash(File1))]);

        var page = snapshot.Find("breaks")!;
        Assert.Equal("From the portal", page.Document.Title);
        Assert.Equal(PageOrigin.Portal, page.Origin);
        Assert.Equal(2, page.Version);
        Assert.True(page.AwaitingExport);
        Assert.Equal(7, snapshot.LatestVersionId);
    }

    [Fact]
    public void Once_exported_the_file_and_the_portal_agree()
    {
        var snapshot = LocalOfferLibrary.Build([new("breaks.md", Portal2.ReplaceLineEndings("\r\n"))], [Version("breaks", Portal2, LocalOfferSource.Hash(File1))]);

        Assert.False(snapshot.Find("breaks")!.AwaitingExport);
        Assert.False(snapshot.Find("breaks")!.FileChangedSincePublished);
    }

    [Fact]
    public void A_file_changed_in_the_repository_after_publication_is_newer_and_is_served()
    {
        var edited = ContentSamples.Page(title: "Edited in the repository");

        var page = LocalOfferLibrary.Build([new("breaks.md", edited)], [Version("breaks", Portal2, LocalOfferSource.Hash(File1))]).Find("breaks")!;

        Assert.Equal("Edited in the repository", page.Document.Title);
        Assert.True(page.FileChangedSincePublished);
    }

    [Fact]
    public void A_page_that_exists_only_in_the_portal_is_served()
    {
        var snapshot = LocalOfferLibrary.Build([], [Version("new-page", Portal2, fileHash: null)]);

        Assert.True(snapshot.Find("new-page")!.AwaitingExport);
    }

    [Fact]
    public void A_broken_file_is_left_out_and_reported_while_every_other_page_is_served()
    {
        var snapshot = LocalOfferLibrary.Build(
            [new("breaks.md", File1), new("broken.md", ContentSamples.Page(category: "Sports")), new("breaks-copy.md", "---\ntitle: [unclosed\n---\n\nText")],
            []);

        Assert.NotNull(snapshot.Find("breaks"));
        Assert.Null(snapshot.Find("broken"));
        Assert.Null(snapshot.Find("breaks-copy"));
        Assert.Equal(["breaks-copy.md", "broken.md"], snapshot.Problems.Select(p => p.File).Distinct());
    }

    [Fact]
    public void If_a_changed_file_is_broken_the_published_version_is_served_and_the_problem_reported()
    {
        var snapshot = LocalOfferLibrary.Build([new("breaks.md", ContentSamples.Page(category: "Sports"))], [Version("breaks", Portal2, LocalOfferSource.Hash(File1))]);

        Assert.Equal("From the portal", snapshot.Find("breaks")!.Document.Title);
        Assert.Equal("breaks.md", Assert.Single(snapshot.Problems).File);
    }

    [Fact]
    public void Related_pages_are_the_chosen_ones_first_then_others_on_the_same_topic()
    {
        var snapshot = LocalOfferLibrary.Build(
        [
            new("a.md", ContentSamples.Page(title: "A", extra: "related: [c]")),
            new("b.md", ContentSamples.Page(title: "B")),
            new("c.md", ContentSamples.Page(title: "C", category: "Health")),
        ], []);

        Assert.Equal(["c", "b"], snapshot.RelatedTo(snapshot.Find("a")!).Select(p => p.Slug));
    }
}
