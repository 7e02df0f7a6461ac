using System.Collections.Frozen;
using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Safety;

/// <summary>
/// How similar a message must be to a curated crisis statement to count as a crisis, per embedder (each embedder's
/// cosines sit on a scale of their own) and per language of the statement it is nearest to. An embedder that is not
/// listed has no semantic path: the offline embedder compares words, which the phrase lists already do better.
/// </summary>
/// <remarks>
/// all-MiniLM-L6-v2's figures are the cut with the best F2 (recall weighted twice, as the labelling rules weigh a
/// missed crisis over a needless reply) for phrases plus semantic on the dev part of the labelled set, never its
/// held-out part, among the cuts that keep precision 0.9; of equally good cuts, the highest. The set's fourth batch,
/// which no statement was written from, keeps the cut honest: statements written from dev sentences sit close to
/// them and would pull it up. SemanticCrisisThresholdTests reproduces them. Spanish sits
/// higher because MiniLM, trained on English, finds any two Spanish sentences more alike than two English ones.
/// The figures belong to the statements as much as to the model: change either and run that test again.
/// </remarks>
internal static class SemanticCrisisThresholds
{
    private static readonly FrozenDictionary<string, FrozenDictionary<string, double>> _byEmbedder =
        new Dictionary<string, FrozenDictionary<string, double>>(StringComparer.Ordinal)
        {
            [MiniLmEmbedder.EmbedderId] = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [EnglishCrisisStatements.Language] = 0.52,
                [SpanishCrisisStatements.Language] = 0.67,
            }.ToFrozenDictionary(StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The thresholds by statement language, or null when this embedder has no semantic path.</summary>
    public static IReadOnlyDictionary<string, double>? For(string embedderId) =>
        _byEmbedder.GetValueOrDefault(embedderId);
}
