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
}
