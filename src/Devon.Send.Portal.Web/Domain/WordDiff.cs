using System.Text.RegularExpressions;
using DiffPlex;

namespace Devon.Send.Portal.Web.Domain;

public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-by-word comparison of two texts, used wherever two versions of something are compared (plan
/// sections, Local Offer pages). Each word or punctuation mark is compared together with the whitespace before
/// it, so a changed comma shows as one changed comma and an inserted phrase shows as one insertion, not as
/// words interleaved with the spaces they happen to share; runs of the same kind are merged so the result reads as text.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<DiffSegment> Compare(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            // Most sections are the same in both versions: no need to take them apart word by word.
            return before.Length == 0 ? [] : [new DiffSegment(DiffKind.Unchanged, before)];
        }

        // Edits are usually a sentence or a paragraph in a long section: compare only the words between the common
        // beginning and the common end, cut where a word starts so every word is still compared whole.
        var start = CommonStart(before, after);
        var end = CommonEnd(before, after, start);
        var segments = new List<DiffSegment>();
        Add(segments, DiffKind.Unchanged, before[..start]);
        var result = Differ.Instance.CreateDiffs(before[start..^end], after[start..^end], ignoreWhiteSpace: false, ignoreCase: false, Chunker.Instance);
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffKind.Unchanged, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Add(segments, DiffKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffKind.Unchanged, result.PiecesOld, oldIndex, result.PiecesOld.Count - oldIndex);
        Add(segments, DiffKind.Unchanged, before[^end..]);
        return segments;
    }

    public static bool HasChanges(IReadOnlyList<DiffSegment> segments) => segments.Any(s => s.Kind != DiffKind.Unchanged);

    private static int CommonStart(string before, string after)
    {
        var length = before.AsSpan().CommonPrefixLength(after);
        while (length > 0 && !(StartsAWord(before, length) && StartsAWord(after, length)))
        {
            length--;
        }

        return length;
    }

    /// <summary>How many characters at the end both texts share, not reaching back into their common start.</summary>
    private static int CommonEnd(string before, string after, int start)
    {
        var limit = Math.Min(before.Length, after.Length) - start;
        var length = 0;
        while (length < limit && before[before.Length - length - 1] == after[after.Length - length - 1])
        {
            length++;
        }

        while (length > 0 && !(StartsAWord(before, before.Length - length) && StartsAWord(after, after.Length - length)))
        {
            length--;
        }

        return length;
    }

    /// <summary>True where a token (a word or mark with the whitespace before it) begins, so cutting there splits no token.</summary>
    private static bool StartsAWord(string text, int index) =>
        index == 0 || index == text.Length || (char.IsWhiteSpace(text[index]) && !char.IsWhiteSpace(text[index - 1]));

    private static void Add(List<DiffSegment> segments, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count > 0)
        {
            Add(segments, kind, string.Concat(pieces.Skip(start).Take(count)));
        }
    }

    private static void Add(List<DiffSegment> segments, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    private sealed class Chunker : IChunker
    {
        public static readonly Chunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Token().Matches(text).Select(m => m.Value).ToArray();
    }

    [GeneratedRegex(@"\s*(?:[\p{L}\p{N}’']+|[^\s\p{L}\p{N}])|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
