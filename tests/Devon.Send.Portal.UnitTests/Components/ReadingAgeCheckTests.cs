using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class ReadingAgeCheckTests : BunitContext
{
    [Fact]
    public void Says_the_reading_age_against_the_target_and_highlights_the_long_words_of_the_sentences_to_look_at()
    {
        var result = Readability.Of("The occupational therapist will provide a sensory programme to support emotional regulation. Leo likes trains.");

        var cut = Render<ReadingAgeCheck>(p => p.Add(x => x.Code, "F").Add(x => x.Result, result).Add(x => x.Target, 11));

        Assert.Equal("Over the target Reading age about 18. The council aims for 11 or under.", Normalise(cut.Find(".app-readability__age").TextContent));
        var sentence = Assert.Single(cut.FindAll(".app-readability__sentences li"));
        Assert.Equal(["regulation"], sentence.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.StartsWith("The occupational therapist", sentence.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Says_so_when_there_is_nothing_written_yet()
    {
        var cut = Render<ReadingAgeCheck>(p => p.Add(x => x.Code, "J").Add(x => x.Result, Readability.Of("")).Add(x => x.Target, 11));

        Assert.Contains("nothing written in this section yet", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".app-readability__age"));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
