using System.Net;
using Devon.Send.Portal.Web.Demo;

namespace Devon.Send.Portal.IntegrationTests.LocalOffer;

/// <summary>A content folder with broken files: the portal starts, serves every other page, and tells editors where each problem is.</summary>
public sealed class BadContentTests(BadContentTests.Portal portal) : IClassFixture<BadContentTests.Portal>
{
    private readonly PortalFactory _factory = portal.Factory;

    [Fact]
    public async Task The_portal_serves_every_good_page_and_leaves_out_the_broken_ones()
    {
        using var client = _factory.CreatePortalClient();

        var (good, _) = await client.GetAsync("/local-offer/annual-reviews");
        var (broken, _) = await client.GetAsync("/local-offer/broken-front-matter");
        var (unknown, _) = await client.GetAsync("/local-offer/unknown-category");
        var (home, _) = await client.GetAsync("/local-offer");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, broken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Editors_see_each_problem_with_its_file_and_line()
    {
        using var client = _factory.CreatePortalClient();
        await client.SignInAsync(DemoData.Editor);

        var (_, desk) = await client.GetAsync("/local-offer/editor");
        var (_, home) = await client.GetAsync("/home");

        var problems = desk.QuerySelectorAll(".app-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("broken-front-matter.md, line 2: The front matter is not valid YAML", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("unknown-category.md, line 4: Unknown category 'Sport'", problems[1], StringComparison.Ordinal);
        Assert.Contains("2 problems in the content files", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The portal on a copy of the repository's content with two broken files added.</summary>
    public sealed class Portal : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("local-offer-bad-").FullName;

        public Portal()
        {
            var repository = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(repository!.FullName, "Devon.Send.Portal.sln")))
            {
                repository = repository.Parent;
            }

            foreach (var file in Directory.EnumerateFiles(Path.Combine(repository.FullName, "content", "local-offer"), "*.md"))
            {
                File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
            }

            File.WriteAllText(Path.Combine(_folder, "broken-front-matter.md"), "---\ntitle: Clubs: what is on\nsummary: x\n---\n\nText.\n");
            File.WriteAllText(Path.Combine(_folder, "unknown-category.md"),
                "---\ntitle: Football\nsummary: Football clubs.\ncategory: Sport\naudience: [parents]\nage_range: 5-18\nareas: [all]\nowner: Someone\nlast_reviewed: 2026-01-01\n---\n\nText.\n");
            Factory = new PortalFactory { LocalOfferContentPath = _folder };
        }

        public PortalFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
