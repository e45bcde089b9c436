using BenchmarkDotNet.Attributes;
using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.Benchmarks;

/// <summary>
/// Local Offer search over 1,000 pages (goal: under 20 ms a search, first page of results with matches marked),
/// and loading those pages into memory. The pages are the repository's own, each copied under new addresses with
/// a different title and an extra paragraph, so the index holds the words of real content at 1,000-page scale.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class LocalOfferSearchBenchmarks
{
    public const int PageCount = 1000;

    private IReadOnlyList<ContentFile> _files = [];
    private LocalOfferSnapshot _content = LocalOfferSnapshot.Empty;

    [Params("annual review", "personal budget direct payments", "autism assessment waiting", "transport")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _files = ThousandPages();
        _content = LocalOfferLibrary.Build(_files, []);
        if (_content.Pages.Count != PageCount || _content.Problems.Count != 0)
        {
            throw new InvalidOperationException($"{_content.Pages.Count} pages, {_content.Problems.Count} problems: the benchmark would not measure 1,000 pages");
        }
    }

    [Benchmark(Description = "Search 1,000 pages, first 10 results marked")]
    public int Search() => _content.Search.Search(Query).Hits.Count;

    [Benchmark(Description = "Search 1,000 pages with age, area and audience filters")]
    public int SearchFiltered() =>
        _content.Search.Search(Query, new SearchFilters(Audience: "parents", Area: "Exeter", Ages: LocalOfferTaxonomy.AgeBands[1])).Hits.Count;

    public static IReadOnlyList<ContentFile> ThousandPages()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Devon.Send.Portal.sln")))
        {
            folder = folder.Parent;
        }

        var originals = LocalOfferContent.Read(Path.Combine(folder.FullName, "content", "local-offer"))
            .Select(f => LocalOfferParser.Parse(f.Source, f.RelativePath))
            .Where(p => p.Document is not null)
            .ToList();
        var files = new List<ContentFile>(PageCount);
        for (var i = 0; i < PageCount; i++)
        {
            var original = originals[i % originals.Count];
            var district = LocalOfferTaxonomy.Districts[i % LocalOfferTaxonomy.Districts.Count];
            var document = original.Document! with
            {
                Title = $"{original.Document!.Title} in {district} ({i})",
                Related = [],
                Body = original.Document.Body.Replace("/local-offer/", "https://www.example.org/", StringComparison.Ordinal) +
                    $"\n\n## Local to {district}\n\nThis page {i} describes what families in {district} can expect, and who to ask locally.",
            };
            files.Add(new ContentFile($"{original.Slug}-{i}.md", document.ToMarkdown()));
        }

        return files;
    }
}

/// <summary>Loading the Local Offer: parsing, rendering and indexing 1,000 pages, as at start-up and after each publication.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class LocalOfferLoadBenchmarks
{
    private IReadOnlyList<ContentFile> _files = [];

    [GlobalSetup]
    public void Setup() => _files = LocalOfferSearchBenchmarks.ThousandPages();

    [Benchmark(Description = "Load 1,000 pages: parse, render and index")]
    public int Load() => LocalOfferLibrary.Build(_files, []).Pages.Count;
}
