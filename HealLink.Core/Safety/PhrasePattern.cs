namespace HealLink.Core.Safety;

/// <summary>
/// One phrase from a crisis or benign list, compiled to words. A word ending in "*" matches any word that starts
/// with it ("suicid*": suicide, suicidal, suicidarme); a lone "*" matches any one word. Everything else matches a
/// whole word exactly, after the same folding as the text (lower case, no accents, no apostrophes).
/// </summary>
internal sealed class PhrasePattern
{
    private const string Wildcard = "*";

    private readonly string[] _words;
    private readonly bool[] _isPrefix;

    public PhrasePattern(string phrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phrase);
        Text = phrase;
        var words = new List<string>();
        var isPrefix = new List<bool>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == Wildcard)
            {
                words.Add("");
                isPrefix.Add(true);
                continue;
            }

            // Folding can split a part ("self-harm" → "self", "harm"); only its last word keeps a trailing "*".
            var folded = CrisisText.Words(part);
            for (var i = 0; i < folded.Count; i++)
            {
                words.Add(folded[i]);
                isPrefix.Add(i == folded.Count - 1 && part.EndsWith(Wildcard, StringComparison.Ordinal));
            }
        }

        // A phrase of wildcards alone would fire on every message.
        if (words.TrueForAll(word => word.Length == 0))
        {
            throw new ArgumentException($"The phrase '{phrase}' has no word to match.", nameof(phrase));
        }

        _words = [.. words];
        _isPrefix = [.. isPrefix];
    }

    /// <summary>The phrase as written in its list, which is what a match reports.</summary>
    public string Text { get; }

    public int Length => _words.Length;

    public bool MatchesAt(IReadOnlyList<string> words, int start)
    {
        if (start + _words.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < _words.Length; i++)
        {
            var word = words[start + i];
            var matches = _isPrefix[i]
                ? word.StartsWith(_words[i], StringComparison.Ordinal)
                : word.Equals(_words[i], StringComparison.Ordinal);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
