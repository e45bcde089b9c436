using Bunit;
using Devon.Send.Portal.Web.Components;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Components;

public sealed class WordDiffViewTests : BunitContext
{
    [Fact]
    public void Marks_additions_and_removals_with_ins_and_del_and_says_so_in_words()
    {
        var cut = Render<WordDiffView>(p => p.Add(x => x.Segments, WordDiff.Compare("Therapy once a week.", "Therapy twice a week.")));

        Assert.Equal("[removed:  once]", cut.Find("del").TextContent);
        Assert.Equal("[added:  twice]", cut.Find("ins").TextContent);
        Assert.Equal("Therapy[removed:  once][added:  twice] a week.", cut.Find(".app-diff").TextContent);
        Assert.All(cut.FindAll("ins .govuk-visually-hidden, del .govuk-visually-hidden"), s => Assert.NotEmpty(s.TextContent));
    }

    [Fact]
    public void Text_that_looks_like_HTML_is_shown_as_text()
    {
        var cut = Render<WordDiffView>(p => p.Add(x => x.Segments, WordDiff.Compare("", "<script>alert(1)</script>")));

        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }
}
