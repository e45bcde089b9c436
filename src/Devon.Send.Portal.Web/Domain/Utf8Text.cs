using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// Files people give the portal (case history, transfer packages, Local Offer pages) must be UTF-8. Read any other
/// way, a file saved as Latin-1 or Windows-1252 would be stored with its accented letters replaced, so it is refused
/// instead, naming the first line that is not UTF-8. A byte order mark is allowed (Excel's "CSV UTF-8" writes one).
/// </summary>
public static class Utf8Text
{
    /// <summary>Decodes UTF-8 and throws on a byte that is not.</summary>
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="saveAs">What to save the file as, in the words of the program people save it with.</param>
    public static string NotUtf8(string saveAs = "UTF-8") => $"This line is not UTF-8 text: save the file as {saveAs} and try again";

    /// <summary>The number of the first line (from 1) that is not UTF-8, or null when all of it is. Reads the stream to its end.</summary>
    public static async Task<int?> FirstInvalidLineAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var buffer = new byte[81920];
        var scan = new LineScan();
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (!scan.Take(buffer.AsSpan(0, read)))
            {
                return scan.Line;
            }
        }

        return scan.End() ? null : scan.Line;
    }

    /// <summary>The number of the first line (from 1) that is not UTF-8, or null when all of it is.</summary>
    public static int? FirstInvalidLine(ReadOnlySpan<byte> bytes)
    {
        var scan = new LineScan();
        return scan.Take(bytes) && scan.End() ? null : scan.Line;
    }

    /// <summary>The text of bytes already checked to be UTF-8, without a byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        Strict.GetString(bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes);

    // Strict's own Preamble is empty, because it is told not to write one.
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Checks a file line by line as its bytes arrive. A line feed byte never occurs inside a UTF-8 sequence, so
    /// the bytes can be cut into lines before they are decoded.
    /// </summary>
    private sealed class LineScan
    {
        private readonly ArrayBufferWriter<byte> _partial = new();

        public int Line { get; private set; } = 1;

        public bool Take(ReadOnlySpan<byte> bytes)
        {
            int end;
            while ((end = bytes.IndexOf((byte)'\n')) >= 0)
            {
                bool valid;
                if (_partial.WrittenCount == 0)
                {
                    valid = Utf8.IsValid(bytes[..end]);
                }
                else
                {
                    _partial.Write(bytes[..end]);
                    valid = Utf8.IsValid(_partial.WrittenSpan);
                    _partial.ResetWrittenCount();
                }

                if (!valid)
                {
                    return false;
                }

                Line++;
                bytes = bytes[(end + 1)..];
            }

            _partial.Write(bytes);
            return true;
        }

        public bool End() => Utf8.IsValid(_partial.WrittenSpan);
    }
}
