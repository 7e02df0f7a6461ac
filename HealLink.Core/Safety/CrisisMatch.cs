namespace HealLink.Core.Safety;

/// <summary>
/// Why a message was taken as a crisis: which language's list fired and the phrase, as written there; or, from the
/// semantic path, "semantic", the curated statement the message was nearest to, and how near (cosine).
/// </summary>
public sealed record CrisisMatch(string Language, string Phrase)
{
    /// <summary>The cosine to <see cref="Phrase"/> when the semantic path fired; null for a phrase list.</summary>
    public double? Similarity { get; init; }
}
