using System.Text;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class Utf8TextTests
{
    [Fact]
    public void A_latin1_letter_is_found_on_its_line()
    {
        byte[] file = [.. "name\r\nMia\r\nZo"u8, 0xEB, .. "\r\nNoah\r\n"u8];

        Assert.Equal(3, Utf8Text.FirstInvalidLine(file));
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_and_no_final_new_line_is_utf8()
    {
        byte[] file = [0xEF, 0xBB, 0xBF, .. "name\nZo\u00EB"u8];

        Assert.Null(Utf8Text.FirstInvalidLine(file));
        Assert.Equal("name\nZo\u00EB", Utf8Text.Decode(file));
    }

    [Fact]
    public async Task A_line_split_across_reads_is_checked_whole()
    {
        // A three-byte letter cut between two reads is still one letter; a bad byte on the ten-thousandth line is still found.
        var text = new StringBuilder();
        for (var i = 1; i < 10_000; i++)
        {
            text.Append("DCC-").Append(i).Append(",\u20AC\u20AC\u20AC\n");
        }

        byte[] file = [.. Encoding.UTF8.GetBytes(text.ToString()), .. "DCC-Zo"u8, 0xEB, .. "\n"u8];

        Assert.Null(await Utf8Text.FirstInvalidLineAsync(new MemoryStream(file[..^9])));
        Assert.Equal(10_000, await Utf8Text.FirstInvalidLineAsync(new MemoryStream(file)));
    }

    [Fact]
    public void A_utf16_file_is_not_utf8()
    {
        Assert.Equal(1, Utf8Text.FirstInvalidLine([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Zo\u00EB")]));
    }
}
