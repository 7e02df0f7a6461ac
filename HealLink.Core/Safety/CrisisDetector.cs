using System.Collections.Immutable;

namespace HealLink.Core.Safety;

/// <summary>
/// Spots language that suggests someone may be in crisis, so the bot can answer with emergency resources first.
/// Curated phrase lists per language, matched on whole words after folding case, accents and apostrophes;
/// deterministic and explainable (<see cref="Find"/> names the phrase), and cheap enough for every message.
/// Every language's list is tried on every message: people mix languages, and the bot may guess theirs wrong.
/// </summary>
public sealed class CrisisDetector : ICrisisDetector
{
    private static readonly ImmutableArray<CrisisPhraseList> _lists = [EnglishCrisisPhrases.List, SpanishCrisisPhrases.List];

    public bool IsCrisis(string? text) => Find(text) is not null;

    public CrisisMatch? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = CrisisText.Words(text);
        var guarded = Guarded(words);
        foreach (var list in _lists)
        {
            var phrase = list.FindIn(words, guarded);
            if (phrase is not null)
            {
                return new CrisisMatch(list.Language, phrase);
            }
        }

        return null;
    }

    /// <summary>Which words lie inside a benign phrase of any language; null when none does (the usual case).</summary>
    internal static bool[]? Guarded(IReadOnlyList<string> words)
    {
        bool[]? guarded = null;
        foreach (var list in _lists)
        {
            list.MarkGuarded(words, ref guarded);
        }

        return guarded;
    }
}
