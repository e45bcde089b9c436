using System.Globalization;
using System.Text;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// Text as people will read it: one rule for everything typed into a form or brought in by an import. Invisible
/// characters that change how text displays are removed (direction overrides and isolates, zero-width spaces, other
/// format and control characters), and what is left is put in Unicode's composed form (NFC), so that "é" typed as e
/// and an accent is stored as the one letter. Tab and new lines are kept for multi-line text. The zero-width joiner
/// and non-joiner are kept between two visible characters, where emoji and some scripts need them. Text with no
/// visible character left is empty, so a form asks for it again.
/// </summary>
public static class VisibleText
{
    private const int ZeroWidthNonJoiner = 0x200C;
    private const int ZeroWidthJoiner = 0x200D;

    public static string Normalise(string value)
    {
        if (IsPlain(value))
        {
            return value;
        }

        var kept = new StringBuilder(value.Length);
        var runes = Runes(value);
        var anyVisible = false;
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (Removed(rune) && !(IsJoiner(rune) && i > 0 && Joins(runes[i - 1]) && i + 1 < runes.Count && IsVisible(runes[i + 1])) && !IsTag(rune, kept))
            {
                continue;
            }

            anyVisible |= IsVisible(rune);
            kept.Append(rune.ToString());
        }

        return anyVisible ? kept.ToString().Normalize(NormalizationForm.FormC) : "";
    }

    /// <summary>Printable ASCII, tabs and new lines: the usual case, returned as it is.</summary>
    private static bool IsPlain(string value)
    {
        var visible = false;
        foreach (var c in value)
        {
            if (c is < ' ' and not ('\t' or '\r' or '\n') || c > '~')
            {
                return false;
            }

            visible |= c is > ' ';
        }

        return visible || value.Length == 0;
    }

    /// <summary>The text's characters; half of a surrogate pair on its own is not one, and is dropped.</summary>
    private static List<Rune> Runes(string value)
    {
        var runes = new List<Rune>(value.Length);
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                runes.Add(rune);
            }

            rest = rest[used..];
        }

        return runes;
    }

    private static bool Removed(Rune rune) =>
        Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => rune.Value is not ('\t' or '\r' or '\n'),
            UnicodeCategory.Format => true,
            _ => false,
        };

    private static bool IsJoiner(Rune rune) => rune.Value is ZeroWidthJoiner or ZeroWidthNonJoiner;

    /// <summary>What a joiner may follow: a visible character, or a mark on one (an emoji's variation selector, a vowel sign).</summary>
    private static bool Joins(Rune rune) =>
        IsVisible(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Emoji tag characters (U+E0020–U+E007F), kept when they follow an emoji as part of a flag.</summary>
    private static bool IsTag(Rune rune, StringBuilder kept) => rune.Value is >= 0xE0020 and <= 0xE007F && kept.Length > 0;

    /// <summary>
    /// Whether the character shows as something: not a space, a control or format character, a combining mark on its
    /// own, or one of the letters that are drawn as blank (the Hangul fillers and the blank Braille pattern).
    /// </summary>
    private static bool IsVisible(Rune rune) =>
        !Rune.IsWhiteSpace(rune) && rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800) && Rune.GetUnicodeCategory(rune) is not (
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);
}
