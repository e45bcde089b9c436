using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Devon.Send.Portal.Web.LocalOffer;

public sealed record SearchFilters(LocalOfferCategory? Category = null, string? Audience = null, string? Area = null, AgeBand? Ages = null)
{
    public bool Allows(LocalOfferDocument page) =>
        (Category is null || page.Category == Category)
        && (Audience is null || page.Audiences.Contains(Audience))
        && (Area is null || page.Covers(Area))
        && (Ages is null || page.SuitsAges(Ages.From, Ages.To));
}

public sealed record SearchHit(LocalOfferPage Page, double Score, IHtmlContent Title, IHtmlContent Snippet);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, bool MatchesSomeWordsOnly, IReadOnlyList<string> Terms)
{
    public static readonly SearchResults None = new([], 0, false, []);
}

/// <summary>
/// An inverted index of the Local Offer held in memory: every word of every page's title, summary and text,
/// weighted so a word in the title counts most and a word in the body least. Plurals are folded, the last few
/// letters of a long word may be left off, and results come back with their matching words marked.
/// </summary>
public sealed partial class LocalOfferSearchIndex
{
    private const double TitleWeight = 10;
    private const double SummaryWeight = 4;
    private const double BodyWeight = 1;
    private const int PrefixMinimum = 4;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "my", "your", "our", "i", "me", "we",
        "how", "what", "when", "where", "who", "do", "does", "can", "is", "are", "be", "it", "about", "from", "get", "if", "this", "that",
    ];

    // Words families type for the words pages use.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["ehcp"] = ["ehc", "plan"],
        ["dla"] = ["disability", "living", "allowance"],
        ["pip"] = ["personal", "independence", "payment"],
        ["sendist"] = ["tribunal"],
    };

    private readonly IReadOnlyList<LocalOfferPage> _pages;
    private readonly Dictionary<string, Posting[]> _postings;
    private readonly string[] _terms;

    private readonly record struct Posting(int Page, double Weight);

    public LocalOfferSearchIndex(IReadOnlyList<LocalOfferPage> pages)
    {
        _pages = pages;
        var weights = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var counts = new Dictionary<string, double>(StringComparer.Ordinal);
            Count(counts, pages[i].Document.Title, TitleWeight);
            Count(counts, pages[i].Document.Summary, SummaryWeight);
            Count(counts, pages[i].PlainText, BodyWeight);
            foreach (var (term, weight) in counts)
            {
                if (!weights.TryGetValue(term, out var postings))
                {
                    weights[term] = postings = [];
                }

                // Saturate, so a word repeated fifty times does not beat a word in the title.
                postings[i] = weight / (weight + 2);
            }
        }

        _postings = weights.ToDictionary(w => w.Key, w => w.Value.Select(p => new Posting(p.Key, p.Value)).ToArray(), StringComparer.Ordinal);
        _terms = [.. _postings.Keys.Order(StringComparer.Ordinal)];
    }

    public int PageCount => _pages.Count;

    public int TermCount => _terms.Length;

    public SearchResults Search(string? query, SearchFilters? filters = null, int page = 1, int pageSize = 10)
    {
        var terms = QueryTerms(query);
        var (ranked, someOnly) = Rank(terms, filters ?? new SearchFilters());
        var hits = ranked
            .Skip((Math.Max(page, 1) - 1) * pageSize)
            .Take(pageSize)
            .Select(r => Hit(r.Page, r.Score, terms))
            .ToList();
        return new SearchResults(hits, ranked.Count, someOnly, terms);
    }

    /// <summary>Every page the search finds, best first, without marking the matches: for feeds that page through everything.</summary>
    public IReadOnlyList<LocalOfferPage> Rank(string? query, SearchFilters? filters = null) =>
        [.. Rank(QueryTerms(query), filters ?? new SearchFilters()).Ranked.Select(r => r.Page)];

    private (List<(LocalOfferPage Page, double Score)> Ranked, bool SomeWordsOnly) Rank(IReadOnlyList<string> terms, SearchFilters filters)
    {
        if (terms.Count == 0)
        {
            return ([], false);
        }

        var scores = new Dictionary<int, (double Score, int Matched)>();
        foreach (var term in terms)
        {
            var matched = new HashSet<int>();
            foreach (var (candidate, factor) in Expand(term))
            {
                var postings = _postings[candidate];
                var idf = Math.Log(1 + ((double)_pages.Count / postings.Length));
                foreach (var posting in postings)
                {
                    if (!filters.Allows(_pages[posting.Page].Document))
                    {
                        continue;
                    }

                    var (score, count) = scores.GetValueOrDefault(posting.Page);
                    scores[posting.Page] = (score + (posting.Weight * idf * factor), matched.Add(posting.Page) ? count + 1 : count);
                }
            }
        }

        var all = scores.Where(s => s.Value.Matched == terms.Count).ToList();
        var someOnly = all.Count == 0;
        if (someOnly)
        {
            all = [.. scores];
        }

        var ranked = all
            .OrderByDescending(s => s.Value.Matched)
            .ThenByDescending(s => s.Value.Score)
            .ThenBy(s => _pages[s.Key].Document.Title, StringComparer.OrdinalIgnoreCase)
            .Select(s => (_pages[s.Key], s.Value.Score))
            .ToList();
        return (ranked, someOnly);
    }

    /// <summary>The words of a search, folded as the index folds them, without words like "the" and "how".</summary>
    public static IReadOnlyList<string> QueryTerms(string? query)
    {
        var terms = new List<string>();
        foreach (Match word in Word().Matches(query ?? ""))
        {
            var term = Fold(word.Value);
            if (StopWords.Contains(term))
            {
                continue;
            }

            foreach (var t in Synonyms.TryGetValue(term, out var synonyms) ? synonyms : [term])
            {
                if (!terms.Contains(t))
                {
                    terms.Add(t);
                }
            }
        }

        return terms;
    }

    /// <summary>The text with every word that matches one of the terms marked, and everything else encoded.</summary>
    public static IHtmlContent Highlight(string text, IReadOnlyList<string> terms)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match word in Word().Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..word.Index]));
            var encoded = HtmlEncoder.Default.Encode(word.Value);
            html.Append(Matches(Fold(word.Value), terms) ? $"<mark class=\"app-search-match\">{encoded}</mark>" : encoded);
            at = word.Index + word.Length;
        }

        html.Append(HtmlEncoder.Default.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    private static SearchHit Hit(LocalOfferPage page, double score, IReadOnlyList<string> terms) =>
        new(page, score, Highlight(page.Document.Title, terms), Highlight(Snippet(page, terms), terms));

    /// <summary>About 30 words of the page around its first matching word, or its summary if only the title matched.</summary>
    private static string Snippet(LocalOfferPage page, IReadOnlyList<string> terms)
    {
        if (Word().Matches(page.Document.Summary).Any(w => Matches(Fold(w.Value), terms)))
        {
            return page.Document.Summary;
        }

        var words = Word().Matches(page.PlainText);
        var first = words.FirstOrDefault(w => Matches(Fold(w.Value), terms));
        if (first is null)
        {
            return page.Document.Summary;
        }

        var index = words.ToList().IndexOf(first);
        var start = words[Math.Max(0, index - 10)].Index;
        var endWord = words[Math.Min(words.Count - 1, index + 20)];
        var end = endWord.Index + endWord.Length;
        return (start > 0 ? "… " : "") + page.PlainText[start..end] + (end < page.PlainText.Length ? " …" : "");
    }

    private static bool Matches(string folded, IReadOnlyList<string> terms) =>
        terms.Any(t => folded == t || (t.Length >= PrefixMinimum && folded.StartsWith(t, StringComparison.Ordinal)));

    /// <summary>The indexed words a search term matches: itself in full, and longer words it starts, at half weight.</summary>
    private IEnumerable<(string Term, double Factor)> Expand(string term)
    {
        if (_postings.ContainsKey(term))
        {
            yield return (term, 1);
        }

        if (term.Length < PrefixMinimum)
        {
            yield break;
        }

        var index = Array.BinarySearch(_terms, term, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index + 1; i < _terms.Length && _terms[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            yield return (_terms[i], 0.5);
        }
    }

    private static void Count(Dictionary<string, double> counts, string text, double weight)
    {
        foreach (Match word in Word().Matches(text))
        {
            var term = Fold(word.Value);
            counts[term] = counts.GetValueOrDefault(term) + weight;
        }
    }

    /// <summary>Lower case, no possessive, plurals made singular: "Assessments" and "assessment" are one word.</summary>
    public static string Fold(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        w = w.Replace("'", "", StringComparison.Ordinal);
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.Length > 4 && (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') ? w[..^1] : w;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}
