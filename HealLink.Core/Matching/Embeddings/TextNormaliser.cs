using System.Globalization;
using System.Text;

namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// Splits text into lower-case words of letters and digits with accents removed ("Café, naïve!" → "cafe",
/// "naive"). Apostrophes join rather than split ("don't" → "dont"), as in the crisis detector, so a contraction
/// stays one word. Everything else that is not a letter or digit (punctuation, symbols, emoji) separates words.
/// </summary>
internal static class TextNormaliser
{
    // The build runs with InvariantGlobalization, where string.Normalize(FormD) leaves "é" whole, so accents on
    // precomposed letters are folded with this table instead: base letters of U+00C0..U+017F (Latin-1 Supplement
    // and Latin Extended-A, enough for Western and Central European names). Combining marks are dropped below.
    private const char FoldedFirst = '\u00C0';
    private const string Folded =
        "aaaaaaæceeeeiiiidnooooo×ouuuuytßaaaaaaæceeeeiiiidnooooo÷ouuuuyty" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳĳjjkkĸlllllll" +
        "lllnnnnnnŉŋŋooooooœœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\'' or '\u2019' or '\u02BC' || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                AppendFolded(word, Rune.ToLowerInvariant(rune));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static void AppendFolded(StringBuilder word, Rune rune)
    {
        var offset = rune.Value - FoldedFirst;
        if (offset >= 0 && offset < Folded.Length)
        {
            word.Append(Folded[offset]);
        }
        else
        {
            word.Append(rune.ToString());
        }
    }
}
