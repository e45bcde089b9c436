using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class WordDiffTests
{
    [Fact]
    public void Identical_texts_have_no_changes()
    {
        var segments = WordDiff.Compare("Speech and language therapy weekly.", "Speech and language therapy weekly.");

        Assert.Equal([new DiffSegment(DiffKind.Unchanged, "Speech and language therapy weekly.")], segments);
        Assert.False(WordDiff.HasChanges(segments));
    }

    [Fact]
    public void A_changed_word_shows_as_the_old_word_removed_and_the_new_word_added()
    {
        var segments = WordDiff.Compare("Therapy once a week.", "Therapy twice a week.");

        Assert.Equal(
        [
            new DiffSegment(DiffKind.Unchanged, "Therapy"),
            new DiffSegment(DiffKind.Removed, " once"),
            new DiffSegment(DiffKind.Added, " twice"),
            new DiffSegment(DiffKind.Unchanged, " a week."),
        ], segments);
    }

    [Fact]
    public void An_inserted_phrase_is_one_insertion_even_when_its_words_appear_elsewhere()
    {
        var segments = WordDiff.Compare("Noah wants to be an engineer.", "Noah wants to be an engineer and to build bridges.");

        Assert.Equal(
        [
            new DiffSegment(DiffKind.Unchanged, "Noah wants to be an engineer"),
            new DiffSegment(DiffKind.Added, " and to build bridges"),
            new DiffSegment(DiffKind.Unchanged, "."),
        ], segments);
    }

    [Fact]
    public void Punctuation_is_compared_on_its_own_so_a_changed_comma_does_not_mark_the_word()
    {
        var segments = WordDiff.Compare("Maths, English", "Maths and English");

        Assert.Contains(new DiffSegment(DiffKind.Removed, ","), segments);
        Assert.Equal("Maths", segments[0].Text);
    }

    [Fact]
    public void Words_with_apostrophes_stay_whole()
    {
        var segments = WordDiff.Compare("Leo's teacher", "Leo’s teacher");

        Assert.Equal([new DiffSegment(DiffKind.Removed, "Leo's"), new DiffSegment(DiffKind.Added, "Leo’s"), new DiffSegment(DiffKind.Unchanged, " teacher")], segments);
    }

    [Theory]
    [InlineData("", "New text", DiffKind.Added)]
    [InlineData("Old text", "", DiffKind.Removed)]
    public void Text_from_nothing_or_to_nothing_is_one_change(string before, string after, DiffKind kind)
    {
        var segments = WordDiff.Compare(before, after);

        Assert.Equal([new DiffSegment(kind, before + after)], segments);
    }

    [Fact]
    public void Putting_the_unchanged_and_added_parts_together_gives_the_new_text_and_unchanged_and_removed_the_old()
    {
        const string before = "Jacob will travel to college independently by July 2027.\nHe needs support at lunchtime.";
        const string after = "Jacob will travel to college on the bus independently by September 2027.\nHe needs no support at lunchtime.";

        var segments = WordDiff.Compare(before, after);

        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
    }

    [Theory]
    [InlineData("cat sat", "cats sat")]
    [InlineData("The cat sat.", "The cat  sat.")]
    [InlineData("a b c d e", "a b x d e")]
    [InlineData("one two three", "one two three four")]
    [InlineData("zero one two", "one two")]
    [InlineData("Therapy weekly, 30 minutes", "Therapy weekly; 30 minutes")]
    [InlineData("same same same", "same same")]
    public void Cutting_off_the_common_beginning_and_end_never_loses_or_splits_a_word(string before, string after)
    {
        var segments = WordDiff.Compare(before, after);

        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        AssertNoChangeStartsInsideAWord(segments, DiffKind.Removed);
        AssertNoChangeStartsInsideAWord(segments, DiffKind.Added);
    }

    /// <summary>Reading one side's text, a change that starts with a letter never follows a letter.</summary>
    private static void AssertNoChangeStartsInsideAWord(IReadOnlyList<DiffSegment> segments, DiffKind side)
    {
        var text = "";
        foreach (var segment in segments.Where(s => s.Kind == DiffKind.Unchanged || s.Kind == side))
        {
            if (segment.Kind == side && text.Length > 0 && char.IsLetterOrDigit(segment.Text[0]))
            {
                Assert.False(char.IsLetterOrDigit(text[^1]), $"“{segment.Text}” starts inside a word after “{text}”");
            }

            text += segment.Text;
        }
    }

    [Fact]
    public void A_change_in_the_middle_of_a_long_section_is_one_change_between_two_unchanged_parts()
    {
        var words = string.Join(' ', Enumerable.Range(1, 2_000).Select(i => $"word{i}"));
        var before = words + " She has speech therapy once a week. " + words;
        var after = words + " She has speech therapy twice a week. " + words;

        var segments = WordDiff.Compare(before, after);

        Assert.Equal(
            [DiffKind.Unchanged, DiffKind.Removed, DiffKind.Added, DiffKind.Unchanged],
            segments.Select(s => s.Kind));
        Assert.Equal(" once", segments[1].Text);
        Assert.Equal(" twice", segments[2].Text);
    }
}
