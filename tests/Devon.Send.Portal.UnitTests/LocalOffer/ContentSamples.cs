using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.UnitTests.LocalOffer;

/// <summary>The repository's own content, and small pages written for a test.</summary>
internal static class ContentSamples
{
    public static string ContentFolder { get; } = FindContentFolder();

    public static IReadOnlyList<ContentFile> RepositoryFiles => LocalOfferContent.Read(ContentFolder);

    public static string Page(
        string title = "Short breaks",
        string summary = "A page written for a test.",
        string category = "Social care",
        string audience = "[parents]",
        string ages = "0-18",
        string areas = "[all]",
        string reviewed = "2026-06-01",
        string extra = "",
        string body = "Some text about short breaks.") =>
        $"""
        ---
        title: {title}
        summary: {summary}
        category: {category}
        audience: {audience}
        age_range: {ages}
        areas: {areas}
        owner: Devon Parent Carer Forum
        last_reviewed: {reviewed}
        {extra}
        ---

        {body}
        """;

    public static LocalOfferPage Parsed(string slug, string source)
    {
        var parsed = LocalOfferParser.Parse(source, slug + ".md");
        Assert.True(parsed.Document is not null, string.Join("\n", parsed.Problems));
        return new LocalOfferPage(slug, parsed.Document!, source, PageOrigin.File);
    }

    private static string FindContentFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Devon.Send.Portal.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder.FullName, "content", "local-offer");
    }
}
