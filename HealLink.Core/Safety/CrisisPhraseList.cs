using System.Collections.Immutable;

namespace HealLink.Core.Safety;

/// <summary>
/// One language's crisis phrases and the benign phrases that guard them. A crisis phrase that overlaps a benign
/// one does not fire ("I don't want to die on the table" holds "want to die"), but the same phrase elsewhere in
/// the message still does, so a benign phrase cannot hide a crisis said beside it. Guards are marked by every
/// language before any list looks for phrases: "suicid*" is in both lists, and "committed suicide" guards both.
/// </summary>
internal sealed class CrisisPhraseList
{
    private readonly ImmutableArray<PhrasePattern> _phrases;
    private readonly ImmutableArray<PhrasePattern> _benignPhrases;

    public CrisisPhraseList(string language, IEnumerable<string> phrases, IEnumerable<string> benignPhrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Language = language;
        _phrases = [.. phrases.Select(phrase => new PhrasePattern(phrase))];
        _benignPhrases = [.. benignPhrases.Select(phrase => new PhrasePattern(phrase))];
    }

    public string Language { get; }

    /// <summary>The first crisis phrase found in the words outside the guarded ones, or null.</summary>
    public string? FindIn(IReadOnlyList<string> words, bool[]? guarded)
    {
        foreach (var phrase in _phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Count; start++)
            {
                if (phrase.MatchesAt(words, start) && !Overlaps(guarded, start, phrase.Length))
                {
                    return phrase.Text;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Marks the words that lie inside one of this list's benign phrases. The array is made on the first mark, so
    /// it stays null in the usual case where nothing is guarded.
    /// </summary>
    public void MarkGuarded(IReadOnlyList<string> words, ref bool[]? guarded)
    {
        foreach (var benign in _benignPhrases)
        {
            for (var start = 0; start + benign.Length <= words.Count; start++)
            {
                if (benign.MatchesAt(words, start))
                {
                    guarded ??= new bool[words.Count];
                    Array.Fill(guarded, true, start, benign.Length);
                }
            }
        }
    }

    private static bool Overlaps(bool[]? guarded, int start, int length) =>
        guarded is not null && Array.IndexOf(guarded, true, start, length) >= 0;
}
