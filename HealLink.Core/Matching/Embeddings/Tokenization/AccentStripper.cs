using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>
/// BERT's strip_accents: the canonical decomposition (NFD) of a character with its nonspacing marks removed,
/// so "é" becomes "e" and "한" its three jamo.
/// </summary>
internal static class AccentStripper
{
    // NFD never writes more than three code points for one, so six UTF-16 units.
    public const int MaxOutputLength = 6;

    private const int HangulFirst = 0xAC00;
    private const int HangulLast = 0xD7A3;
    private const int LeadingFirst = 0x1100;
    private const int VowelFirst = 0x1161;
    private const int TrailingBase = 0x11A7;
    private const int VowelCount = 21;
    private const int TrailingCount = 28;

    private static readonly FrozenDictionary<int, string> Replacements = Expand(CanonicalDecompositions.Runs);

    /// <summary>Writes what <paramref name="rune"/> becomes into <paramref name="destination"/>; returns how many chars.</summary>
    public static int Strip(Rune rune, Span<char> destination)
    {
        var value = rune.Value;
        if (value is >= HangulFirst and <= HangulLast)
        {
            return WriteHangul(value - HangulFirst, destination);
        }

        if (value >= 0xC0 && Replacements.TryGetValue(value, out var replacement))
        {
            replacement.CopyTo(destination);
            return replacement.Length;
        }

        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark ? 0 : rune.EncodeToUtf16(destination);
    }

    // Hangul syllables are laid out arithmetically, so Unicode decomposes them by formula rather than by table.
    private static int WriteHangul(int index, Span<char> destination)
    {
        destination[0] = (char)(LeadingFirst + index / (VowelCount * TrailingCount));
        destination[1] = (char)(VowelFirst + index % (VowelCount * TrailingCount) / TrailingCount);
        var trailing = index % TrailingCount;
        if (trailing == 0)
        {
            return 2;
        }

        destination[2] = (char)(TrailingBase + trailing);
        return 3;
    }

    private static FrozenDictionary<int, string> Expand((int First, string Replacements)[] runs)
    {
        var map = new Dictionary<int, string>();
        foreach (var (first, replacements) in runs)
        {
            var codePoint = first;
            foreach (var range in replacements.AsSpan().Split('|'))
            {
                map.Add(codePoint++, replacements[range]);
            }
        }

        return map.ToFrozenDictionary();
    }
}
