using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class VisibleTextTests
{
    [Fact]
    public void A_letter_typed_as_a_letter_and_an_accent_is_kept_as_the_one_letter()
    {
        Assert.Equal("\u00E9", VisibleText.Normalise("e\u0301"));
    }

    [Fact]
    public void A_right_to_left_override_that_disguises_a_file_name_is_removed()
    {
        Assert.Equal("txT.exe", VisibleText.Normalise("\u202EtxT.exe"));
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u200E\u200F\u061C\u2066\u2069\u202A\u202C")]
    [InlineData(" \u2060\uFEFF\u00AD ")]
    [InlineData("\u3164")]
    [InlineData("\u0301")]
    [InlineData("\u200D")]
    [InlineData("   ")]
    public void Text_with_no_visible_character_is_empty(string value)
    {
        Assert.Equal("", VisibleText.Normalise(value));
    }

    [Theory]
    [InlineData("\U0001F469\u200D\U0001F467")]
    [InlineData("\u2764\uFE0F\u200D\U0001F525")]
    [InlineData("\U0001F44D\U0001F3FD")]
    [InlineData("\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]
    public void Emoji_and_scripts_that_need_a_joiner_inside_the_text_keep_it(string value)
    {
        Assert.Equal(value, VisibleText.Normalise(value));
    }

    [Theory]
    [InlineData("Siân O'Brien")]
    [InlineData("Dafydd ap Rhys-Jones")]
    [InlineData("Siobhán Ní Bhriain")]
    [InlineData("Gwenllïan Ó Súilleabháin")]
    [InlineData("Seán O\u2019Connor")]
    [InlineData("Zoë")]
    [InlineData("Line one\r\nLine two\tand a tab")]
    public void Welsh_and_Irish_names_and_plain_text_are_kept_as_they_are(string value)
    {
        Assert.Equal(value, VisibleText.Normalise(value));
    }

    [Fact]
    public void Control_characters_other_than_tab_and_new_lines_are_removed()
    {
        Assert.Equal("Noah\tOsei\r\n", VisibleText.Normalise("No\u0007ah\u001B\tOsei\u0085\u007F\r\n"));
    }

    [Fact]
    public void A_joiner_at_either_end_is_removed()
    {
        Assert.Equal("Mia", VisibleText.Normalise("\u200DMia\u200C"));
    }
}
