using System.Collections.Frozen;
using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Matching.Procedures;

/// <summary>
/// A procedure as the words that tell it apart: lower case, no accents or punctuation, without the filler people
/// wrap it in ("I had a", "my", "de la"), plurals and "-ation" folded ("kidneys" → "kidney", "transplantation" →
/// "transplant"). Catalogue wordings go through the same steps, so both sides are compared alike.
/// </summary>
internal static class WordingNormaliser
{
    // "to", "from" and "me" stay: they say who gave an organ to whom ("gave me part of his liver").
    private static readonly FrozenSet<string> _filler = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "my", "i", "im", "ive", "id", "had", "have", "has", "having", "of", "and", "with", "in", "on",
        "at", "for", "is", "was", "were", "am", "be", "been", "it", "its", "his", "her", "their",
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "y", "e", "con", "en", "mi",
        "mis", "su", "sus", "para", "que",
    ]);

    public static List<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. TextNormaliser.Words(text).Where(w => !_filler.Contains(w)).Select(Fold)];

    /// <summary>Common English endings folded, so "transplantation" and "transplants" are "transplant".</summary>
    public static string Fold(string word) => word switch
    {
        _ when word.EndsWith("ation", StringComparison.Ordinal) && word.Length > 8 => word[..^5],
        _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
        _ when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 3 => word[..^1],
        _ => word,
    };
}
