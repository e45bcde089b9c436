using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>
/// Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59; reading age = grade + 5.
/// Each expected value below is worked out by hand from the counts the test also checks.
/// </summary>
public sealed class ReadabilityTests
{
    [Fact]
    public void The_cat_sat_on_the_mat_has_the_published_grade_of_minus_1_45()
    {
        // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45, the value usually quoted.
        var result = Readability.Of("The cat sat on the mat.");

        Assert.Equal((6, 6, 1), (result.Words, result.Syllables, result.Sentences.Count));
        Assert.Equal(-1.45, result.Grade, 2);
        Assert.Equal(3.55, result.ReadingAge, 2);
        Assert.Equal(5, result.ReadingAgeInYears);
    }

    [Fact]
    public void Two_short_plain_sentences_have_a_low_grade_and_nothing_marked()
    {
        // 14 words of one syllable each ("write" drops its silent e) in 2 sentences:
        // 0.39 × 7 + 11.8 × 1 − 15.59 = 2.73 + 11.8 − 15.59 = −1.06.
        var result = Readability.Of("Leo needs help to read and write. He works best in a small group.");

        Assert.Equal((14, 14, 2), (result.Words, result.Syllables, result.Sentences.Count));
        Assert.Equal(-1.06, result.Grade, 2);
        Assert.Empty(result.Marked);
    }

    [Fact]
    public void A_sentence_of_professional_words_reads_at_a_university_level_and_its_avoidable_long_word_is_marked()
    {
        // The(1) occupational(5) therapist(3) will(1) provide(2) a(1) sensory(3) programme(2) to(1) support(2)
        // emotional(4) regulation(4): 12 words, 29 syllables, 1 sentence.
        // 0.39 × 12 + 11.8 × 29 ÷ 12 − 15.59 = 4.68 + 28.5167 − 15.59 = 17.6067; reading age 22.6.
        var result = Readability.Of("The occupational therapist will provide a sensory programme to support emotional regulation.");

        Assert.Equal((12, 29, 1), (result.Words, result.Syllables, result.Sentences.Count));
        Assert.Equal(17.61, result.Grade, 2);
        Assert.Equal(23, result.ReadingAgeInYears);
        // "occupational" and "emotional" name a service and an area of need: a plan cannot avoid them.
        Assert.Equal(["regulation"], result.Marked.Single().LongWords);
    }

    [Fact]
    public void A_sentence_of_more_than_25_words_is_marked_as_long_and_a_short_one_is_not()
    {
        var result = Readability.Of(
            "When Leo starts at his new school in September, his teacher and the teaching assistant will meet his mum and dad to talk about how the first weeks went for him. He likes trains.");

        var marked = Assert.Single(result.Marked);
        Assert.Equal(31, marked.Words);
        Assert.True(marked.IsLong);
        Assert.StartsWith("When Leo starts", marked.Text, StringComparison.Ordinal);
        Assert.Equal(2, result.Sentences.Count);
    }

    [Fact]
    public void Markdown_is_taken_out_first_and_headings_and_list_items_each_end_a_sentence()
    {
        var result = Readability.Of("## About me\n\n- Leo likes **trains**\n- He reads [books](https://example.org/books)\n\nHe has a dog\ncalled Max.");

        Assert.Equal(["About me", "Leo likes trains", "He reads books", "He has a dog called Max."], result.Sentences.Select(s => s.Text));
        Assert.Equal(14, result.Words);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("walked", 1)]
    [InlineData("wanted", 2)]
    [InlineData("young", 1)]
    [InlineData("beautiful", 3)]
    [InlineData("psychologist", 4)]
    [InlineData("communication", 5)]
    public void Syllables_are_counted_by_the_documented_heuristic(string word, int syllables) =>
        Assert.Equal(syllables, Readability.Syllables(word));

    [Fact]
    public void A_section_is_read_from_the_words_a_family_reads_not_its_item_ids_or_links()
    {
        var content = new SectionContent
        {
            Text = "Leo needs help to read.",
            Needs = [new Need("B1", "Cognition and learning", "He finds spelling hard.")],
        };

        var result = Readability.Of(content);

        Assert.Equal(["Leo needs help to read.", "He finds spelling hard."], result.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void An_empty_text_has_no_reading_age_to_report()
    {
        Assert.True(Readability.Of("  \n\n- ").IsEmpty);
        Assert.True(Readability.Of(SectionContent.Empty).IsEmpty);
    }
}
