namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// Where a catalogue phrase occurs in a person's words: all its words, in order, with at most a few words between
/// ("kidney failure, on dialysis and waiting for a transplant" names a kidney transplant).
/// </summary>
internal sealed record PhraseMatch(CataloguePhrase Phrase, int Span)
{
    // Enough for an aside ("kidney failure, he's on dialysis, waiting for a transplant"), too few to join the
    // halves of two clauses about different things.
    private const int MaxWordsBetween = 6;

    public bool IsContiguous => Span == Phrase.Words.Count;

    public static PhraseMatch? Find(CataloguePhrase phrase, IReadOnlyList<string> words)
    {
        var shortest = int.MaxValue;
        for (var start = 0; start < words.Count; start++)
        {
            if (words[start] == phrase.Words[0] && EndOf(phrase.Words, words, start) is { } end)
            {
                shortest = Math.Min(shortest, end - start + 1);
            }
        }

        return shortest <= phrase.Words.Count + MaxWordsBetween ? new PhraseMatch(phrase, shortest) : null;
    }

    /// <summary>
    /// The longest, most specific wording wins: more words, then words side by side, then tighter, then the longer
    /// phrase ("partial mastectomy" over "mastectomy", "living donor kidney transplant" over "living donor").
    /// </summary>
    public bool IsBetterThan(PhraseMatch other) =>
        (Phrase.Words.Count, IsContiguous, -Span, Phrase.Text.Length)
            .CompareTo((other.Phrase.Words.Count, other.IsContiguous, -other.Span, other.Phrase.Text.Length)) > 0;

    private static int? EndOf(IReadOnlyList<string> phrase, IReadOnlyList<string> words, int start)
    {
        var at = start;
        for (var next = 1; next < phrase.Count; next++)
        {
            at = IndexOf(words, phrase[next], at + 1);
            if (at < 0)
            {
                return null;
            }
        }

        return at;
    }

    private static int IndexOf(IReadOnlyList<string> words, string word, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }
}
