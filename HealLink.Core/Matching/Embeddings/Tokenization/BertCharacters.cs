using System.Globalization;
using System.Text;

namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>The character classes of BERT's tokenizer, as HuggingFace's BertNormalizer and BertPreTokenizer define them.</summary>
internal static class BertCharacters
{
    // Unicode's White_Space, which includes tab, newline and carriage return.
    public static bool IsWhitespace(Rune rune) => Rune.IsWhiteSpace(rune);

    // Tab, newline and carriage return are Cc to Unicode but whitespace to BERT. Otherwise Cc, Cf, Cn, Co and Cs:
    // so a zero-width joiner, a byte-order mark or an unassigned code point simply vanish.
    // Form feed and vertical tab are Cc, so they vanish too instead of becoming spaces.
    public static bool IsControl(Rune rune) =>
        rune.Value is not ('\t' or '\n' or '\r') && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate;

    // Every non-alphanumeric printable ASCII character counts, symbols such as $ + < = > ^ ` | ~ included,
    // but beyond ASCII only the P* categories: "¥" or "½" stay inside their word.
    public static bool IsPunctuation(Rune rune) =>
        rune.Value is (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126)
        || (rune.Value >= 0x80 && Rune.IsPunctuation(rune));

    // The CJK Unified Ideographs blocks as HuggingFace's tokenizers lists them (its extension E range starts at
    // U+2B920 where the Python BasicTokenizer's starts at U+2B820; tokenizer.json means the former). Hangul, kana and
    // other scripts written with spaces are not included.
    public static bool IsChinese(int codePoint) =>
        codePoint is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B920 and <= 0x2CEAF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x2F800 and <= 0x2FA1F);
}
