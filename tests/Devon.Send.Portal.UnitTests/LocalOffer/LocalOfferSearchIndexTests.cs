using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.UnitTests.LocalOffer;

public sealed class LocalOfferSearchIndexTests
{
    private static readonly LocalOfferSearchIndex Index = new(
    [
        ContentSamples.Parsed("in-body", ContentSamples.Page(title: "Getting around", body: "Ask about short breaks and transport.")),
        ContentSamples.Parsed("in-title", ContentSamples.Page(title: "Short breaks", body: "Time away from caring.")),
        ContentSamples.Parsed("in-summary", ContentSamples.Page(title: "Respite", summary: "Short breaks for parent carers.", body: "Nothing relevant.")),
        ContentSamples.Parsed("early", ContentSamples.Page(title: "Assessments for babies", category: "Early years", ages: "0-4", areas: "[Exeter]", body: "Assessments & <script>alert(1)</script>.")),
    ]);

    [Fact]
    public void A_match_in_the_title_ranks_above_the_summary_which_ranks_above_the_text()
    {
        var results = Index.Search("short breaks");

        Assert.Equal(["in-title", "in-summary", "in-body"], results.Hits.Select(h => h.Page.Slug));
        Assert.False(results.MatchesSomeWordsOnly);
    }

    [Fact]
    public void Plurals_possessives_and_capitals_are_folded_and_longer_words_are_found_from_their_start()
    {
        Assert.Equal("early", Assert.Single(Index.Search("ASSESSMENT").Hits).Page.Slug);
        Assert.Equal("early", Assert.Single(Index.Search("baby's assess").Hits).Page.Slug);
    }

    [Fact]
    public void Matching_words_are_marked_and_everything_else_is_encoded()
    {
        var hit = Assert.Single(Index.Search("assessments").Hits);

        Assert.Equal("<mark class=\"app-search-match\">Assessments</mark> for babies", hit.Title.ToString());
        var snippet = Html(hit.Snippet);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_narrow_the_results_by_category_age_area_and_audience()
    {
        var early = LocalOfferTaxonomy.CategoryNamed("Early years");

        Assert.Single(Index.Search("assessments", new SearchFilters(Category: early)).Hits);
        Assert.Empty(Index.Search("assessments", new SearchFilters(Ages: LocalOfferTaxonomy.AgeBandWithValue("11-15"))).Hits);
        Assert.Empty(Index.Search("assessments", new SearchFilters(Area: "Torridge")).Hits);
        Assert.Empty(Index.Search("assessments", new SearchFilters(Audience: "professionals")).Hits);
        Assert.Equal(3, Index.Search("short breaks", new SearchFilters(Area: "Exeter")).Total);
    }

    [Fact]
    public void When_no_page_has_every_word_pages_with_some_are_offered_and_said_to_be()
    {
        var results = Index.Search("respite transport");

        Assert.True(results.MatchesSomeWordsOnly);
        Assert.Equal(["in-body", "in-summary"], results.Hits.Select(h => h.Page.Slug).Order());
    }

    [Fact]
    public void Words_like_how_and_the_are_ignored_and_an_empty_search_finds_nothing()
    {
        Assert.Equal(["short", "break"], LocalOfferSearchIndex.QueryTerms("How do I get the short breaks?"));
        Assert.Equal(0, Index.Search("   ").Total);
        Assert.Equal(["ehc", "plan"], LocalOfferSearchIndex.QueryTerms("EHCP"));
    }

    [Fact]
    public void Results_come_a_page_at_a_time_with_the_total()
    {
        var first = Index.Search("short", pageSize: 2);
        var second = Index.Search("short", page: 2, pageSize: 2);

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Hits.Count);
        Assert.Single(second.Hits);
    }

    private static string Html(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
