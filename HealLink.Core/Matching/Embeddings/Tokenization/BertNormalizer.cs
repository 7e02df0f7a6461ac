using System.Text;

namespace HealLink.Core.Matching.Embeddings.Tokenization;

/// <summary>
/// HuggingFace's BertNormalizer as all-MiniLM-L6-v2's tokenizer.json configures it (clean_text, handle_chinese_chars,
/// strip_accents following lowercase, lowercase), one character at a time so that the tokenizer can stop reading
/// once it has enough tokens.
/// </summary>
internal static class BertNormalizer
{
    // A stripped decomposition takes up to six chars; an ideograph between two spaces, four.
    public const int MaxOutputLength = AccentStripper.MaxOutputLength;

    /// <summary>What one ASCII character becomes: itself lowercased, a space, or '\0' when it is removed.</summary>
    public static char NormalizeAscii(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' => ' ',
        < ' ' or '\x7F' => '\0',
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        _ => c,
    };

    /// <summary>Writes what <paramref name="rune"/> becomes into <paramref name="destination"/>; returns how many chars.</summary>
    public static int Normalize(Rune rune, Span<char> destination)
    {
        // clean_text: controls go, and so does the replacement character, which is also what an unpaired surrogate
        // decodes to.
        if (rune.Value == 0xFFFD || BertCharacters.IsControl(rune))
        {
            return 0;
        }

        if (BertCharacters.IsWhitespace(rune))
        {
            destination[0] = ' ';
            return 1;
        }

        if (BertCharacters.IsChinese(rune.Value))
        {
            destination[0] = ' ';
            var length = 1 + StripAndLower(rune, destination[1..]);
            destination[length] = ' ';
            return length + 1;
        }

        return StripAndLower(rune, destination);
    }

    /// <summary>The whole text normalised at once, for tests and for looking at what the model sees.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[MaxOutputLength];
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(buffer[..Normalize(rune, buffer)]);
        }

        return builder.ToString();
    }

    // strip_accents runs before lowercase, as in HuggingFace's tokenizers: "İ" decomposes to "I" + a dot above,
    // loses the dot, then lowercases to a plain "i".
    private static int StripAndLower(Rune rune, Span<char> destination)
    {
        var length = AccentStripper.Strip(rune, destination);
        var position = 0;
        while (position < length)
        {
            Rune.DecodeFromUtf16(destination[position..length], out var stripped, out var consumed);
            // Simple case mapping never changes how many UTF-16 units a character takes, so this writes in place.
            Rune.ToLowerInvariant(stripped).EncodeToUtf16(destination[position..]);
            position += consumed;
        }

        return length;
    }
}
