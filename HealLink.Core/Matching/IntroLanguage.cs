using System.Collections.Frozen;
using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Matching;

/// <summary>
/// Whether a story reads as English, by its most common small words (words that belong to one of our languages only).
/// An English-only embedder such as all-MiniLM-L6-v2 sees any two Spanish stories as alike, whatever they say, so its
/// similarity is only trusted for an English story. No story, or one too short to tell, counts as English.
/// </summary>
public static class IntroLanguage
{
    private static readonly FrozenSet<string> _english = FrozenSet.Create(
        StringComparer.Ordinal,
        "the", "and", "i", "my", "was", "to", "of", "is", "it", "with", "for", "have", "had", "that", "but", "not", "be",
        "at", "on", "this", "we", "so", "after", "am", "were", "about", "im", "ive", "would", "like", "someone", "who",
        "what", "been", "from", "they", "them", "just", "really", "want", "feel", "still");

    private static readonly FrozenSet<string> _spanish = FrozenSet.Create(
        StringComparer.Ordinal,
        "el", "la", "los", "las", "y", "de", "que", "mi", "mis", "un", "una", "por", "con", "para", "es", "fue", "se", "lo",
        "al", "del", "pero", "muy", "estoy", "tengo", "tuve", "como", "mas", "cuando", "porque", "hace", "hablar", "alguien",
        "quiero", "estaba", "ya", "su", "sus", "esta", "este", "eso", "yo", "tambien", "despues", "todo", "familia");

    public static bool IsEnglish(string? story)
    {
        if (string.IsNullOrWhiteSpace(story))
        {
            return true;
        }

        var (english, spanish) = (0, 0);
        foreach (var word in TextNormaliser.Words(story))
        {
            english += _english.Contains(word) ? 1 : 0;
            spanish += _spanish.Contains(word) ? 1 : 0;
        }

        return english >= spanish;
    }
}
