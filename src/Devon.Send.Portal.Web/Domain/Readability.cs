using System.Text.RegularExpressions;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>One sentence of a text, with what makes it hard to read.</summary>
public sealed record ReadingSentence(string Text, int Words, IReadOnlyList<string> LongWords)
{
    public bool IsLong => Words > Readability.LongSentenceWords;

    /// <summary>Worth the writer's second look: too many words, or words of many syllables.</summary>
    public bool IsMarked => IsLong || LongWords.Count > 0;
}

/// <summary>How hard a text is to read, by the Flesch–Kincaid grade level, and the sentences that make it so.</summary>
public sealed record ReadabilityResult(int Words, int Syllables, IReadOnlyList<ReadingSentence> Sentences)
{
    public bool IsEmpty => Words == 0;

    /// <summary>Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public double Grade => IsEmpty ? 0 : (0.39 * Words / Sentences.Count) + (11.8 * Syllables / Words) - 15.59;

    /// <summary>A US school grade is read by children about 5 years older than its number.</summary>
    public double ReadingAge => Grade + 5;

    /// <summary>The reading age in whole years, as the writer is told it; never under 5, the age children start learning to read.</summary>
    public int ReadingAgeInYears => Math.Max(5, (int)Math.Round(ReadingAge, MidpointRounding.AwayFromZero));

    public IReadOnlyList<ReadingSentence> Marked => [.. Sentences.Where(s => s.IsMarked)];
}

/// <summary>
/// A readability check for what families read. The formula is Flesch–Kincaid's grade level (Kincaid et al., 1975),
/// turned into a reading age by adding 5. Syllables are counted by a heuristic, right for most everyday words and
/// out by one for some (documented on <see cref="Syllables"/>): the result is a guide for the writer, not a measure.
/// </summary>
public static partial class Readability
{
    /// <summary>A sentence of more words than this is marked: plain-English guidance keeps sentences to 15–20 words on average.</summary>
    public const int LongSentenceWords = 25;

    /// <summary>A word of this many syllables or more is marked, unless it is one families meet in every plan.</summary>
    public const int LongWordSyllables = 4;

    /// <summary>Long words a plan cannot avoid because they name a service, a profession or an area of need in the Code of Practice.</summary>
    public static readonly IReadOnlySet<string> UnavoidableWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "occupational", "educational", "psychologist", "psychologists", "psychology", "communication", "physiotherapist",
        "physiotherapy", "paediatrician", "emotional", "disability", "disabilities", "individual",
    };

    /// <summary>The readability of the words a family reads in a plan section: its free text and the text of every item, each field a block of its own.</summary>
    public static ReadabilityResult Of(SectionContent content) => Of(string.Join("\n\n", FamilyText(content).Where(t => !string.IsNullOrWhiteSpace(t))));

    /// <summary>The readability of a Markdown text: the Markdown is taken out first; headings, list items and paragraphs each end a sentence.</summary>
    public static ReadabilityResult Of(string? markdown)
    {
        var sentences = new List<ReadingSentence>();
        var words = 0;
        var syllables = 0;
        foreach (var block in Blocks(markdown ?? ""))
        {
            foreach (var text in SentenceEnd().Split(block).Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                var found = Word().Matches(text).Select(m => m.Value).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                var counts = found.Select(Syllables).ToList();
                words += found.Count;
                syllables += counts.Sum();
                var longWords = found.Where((w, i) => counts[i] >= LongWordSyllables && !UnavoidableWords.Contains(w))
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                sentences.Add(new ReadingSentence(text, found.Count, longWords));
            }
        }

        return new ReadabilityResult(words, syllables, sentences);
    }

    /// <summary>
    /// Syllables in a word, by the usual heuristic: words of up to 3 letters have one; a silent ending is dropped
    /// (a final "e" as in "make", but not "-le" as in "table"; "-es" after a consonant as in "makes"; "-ed" except
    /// after t or d, so "walked" has one and "wanted" two); a leading "y" is a consonant; then each run of vowels
    /// (a, e, i, o, u, y) is one syllable, and every word has at least one. Known to be out by one for words such as
    /// "boxes" or "agreed".
    /// </summary>
    public static int Syllables(string word)
    {
        var letters = new string([.. word.ToLowerInvariant().Where(char.IsLetter)]);
        if (letters.Length <= 3)
        {
            return 1;
        }

        letters = LeadingY().Replace(SilentEnding().Replace(letters, ""), "");
        return Math.Max(1, VowelRun().Count(letters));
    }

    /// <summary>The Markdown as plain-text blocks: a heading, a list item, a quotation line or a paragraph each make one.</summary>
    public static IEnumerable<string> Blocks(string markdown)
    {
        var paragraph = new List<string>();
        foreach (var raw in markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            var startsBlock = BlockStart().IsMatch(line);
            if (line.Length == 0 || startsBlock)
            {
                if (paragraph.Count > 0)
                {
                    yield return string.Join(' ', paragraph);
                    paragraph.Clear();
                }
            }

            if (line.Length > 0)
            {
                paragraph.Add(Inline(BlockStart().Replace(line, "")));
            }

            if (startsBlock && line.Length > 0)
            {
                yield return string.Join(' ', paragraph);
                paragraph.Clear();
            }
        }

        if (paragraph.Count > 0)
        {
            yield return string.Join(' ', paragraph);
        }
    }

    private static string Inline(string line) =>
        Emphasis().Replace(Url().Replace(Html().Replace(Link().Replace(line, "$1"), ""), ""), "").Trim();

    private static IEnumerable<string?> FamilyText(SectionContent content)
    {
        yield return content.Text;
        if (content.Views is { } views)
        {
            yield return views.AboutMe;
            yield return views.ImportantToMe;
            yield return views.HowToSupportMe;
            yield return views.Hopes;
        }

        foreach (var need in content.Needs)
        {
            yield return need.Text;
        }

        foreach (var outcome in content.Outcomes)
        {
            yield return outcome.Text;
        }

        foreach (var item in content.Provision)
        {
            yield return item.What;
            yield return item.Who;
            yield return item.HowOften;
            yield return item.HowLong;
        }

        yield return content.Placement?.SettingType;
        yield return content.Placement?.SettingName;
    }

    [GeneratedRegex(@"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Html();

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\*+|`+|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<=[.!?][""'”’)\]]*)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:[^laeiouy]es|[^td]ed|[^laeiouy]e)$", RegexOptions.CultureInvariant)]
    private static partial Regex SilentEnding();

    [GeneratedRegex(@"^y", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingY();

    [GeneratedRegex(@"[aeiouy]+", RegexOptions.CultureInvariant)]
    private static partial Regex VowelRun();
}
