using System.IO.Compression;
using System.Text;

namespace Devon.Send.Portal.Web.Attachments;

/// <summary>A kind of file the portal accepts, as its content shows it to be.</summary>
public sealed record AttachmentKind(string Name, string ContentType, string Extension);

/// <summary>
/// What a file is, judged by its content (its first bytes, and for Word documents what is inside), never by its
/// name or the type the browser says it is; and a file name that is safe to keep and to send back.
/// </summary>
public static class AttachmentFiles
{
    public static readonly AttachmentKind Pdf = new("PDF", "application/pdf", ".pdf");
    public static readonly AttachmentKind Docx = new("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly AttachmentKind Doc = new("Word 97–2003 document", "application/msword", ".doc");
    public static readonly AttachmentKind Png = new("PNG image", "image/png", ".png");
    public static readonly AttachmentKind Jpeg = new("JPEG image", "image/jpeg", ".jpg");

    public const string Accept = ".pdf,.doc,.docx,.png,.jpg,.jpeg,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // A Word 97–2003 file is a compound file holding a stream named "WordDocument" (its directory stores names in UTF-16).
    private static readonly byte[] WordDocumentStream = Encoding.Unicode.GetBytes("WordDocument");

    /// <summary>The kind of file this is, or null if it is not one the portal accepts. The stream must be seekable; it is left at its start.</summary>
    public static AttachmentKind? Detect(Stream content)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        try
        {
            return head switch
            {
                _ when head.StartsWith(PdfMagic) => Pdf,
                _ when head.StartsWith(PngMagic) => Png,
                _ when head.StartsWith(JpegMagic) => Jpeg,
                _ when head.StartsWith(ZipMagic) => IsWordOpenXml(content) ? Docx : null,
                _ when head.StartsWith(CompoundFileMagic) => Contains(content, WordDocumentStream) ? Doc : null,
                _ => null,
            };
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static bool IsWordOpenXml(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool Contains(Stream content, byte[] pattern)
    {
        var buffer = new byte[81920 + pattern.Length];
        var carried = 0;
        int read;
        while ((read = content.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var filled = carried + read;
            if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0)
            {
                return true;
            }

            carried = Math.Min(pattern.Length - 1, filled);
            Array.Copy(buffer, filled - carried, buffer, 0, carried);
        }

        return false;
    }

    /// <summary>
    /// The name to keep: no folders, no characters that are unsafe in a file name or a header, not too long, and
    /// ending with the extension of what the file really is.
    /// </summary>
    public static string CleanName(string? uploaded, AttachmentKind kind)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            kept.Append(char.IsControl(c) || "<>:\"|?*;%".Contains(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '_' : c);
        }

        var stem = Path.GetFileNameWithoutExtension(kept.ToString()).Trim().Trim('.', ' ', '_');
        var extension = Path.GetExtension(kept.ToString()).ToLowerInvariant();
        if (stem.Length == 0)
        {
            stem = "attachment";
        }

        var ending = extension == kind.Extension || (kind == Jpeg && extension == ".jpeg") ? extension : kind.Extension;
        var room = Domain.AdviceAttachment.FileNameMaxLength - ending.Length;
        return (stem.Length > room ? stem[..room].TrimEnd() : stem) + ending;
    }
}

