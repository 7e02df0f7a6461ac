namespace HealLink.Bot.Channels;

/// <summary>Long text in parts a platform accepts (Telegram 4,096 characters, Discord 2,000), cut where a reader would pause.</summary>
internal static class TextParts
{
    /// <summary>
    /// Splits text into parts of at most <paramref name="maxLength"/> UTF-16 units: at a paragraph break if one
    /// falls in the second half of the allowance, else a line break, a sentence end, a space, and only as a last
    /// resort mid-word (never inside a surrogate pair).
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        var parts = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = BestCut(rest, maxLength);
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        parts.Add(rest);
        return parts;
    }

    private static int BestCut(string text, int maxLength)
    {
        var window = text.AsSpan(0, maxLength);
        var half = maxLength / 2;
        foreach (var separator in (ReadOnlySpan<string>)["\n\n", "\n", ". ", "! ", "? ", " "])
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= half)
            {
                return at + separator.Length;
            }
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
