namespace HealLink.Core.Safety;

/// <summary>
/// How one message compares with the curated statements: the nearest crisis statement and its cosine, and the
/// cosine of the nearest benign one.
/// </summary>
internal sealed record StatementComparison(CuratedStatement Nearest, double Similarity, double BenignSimilarity)
{
    /// <summary>
    /// A crisis when the nearest crisis statement is nearer than every benign one ("I don't want to die" is close to
    /// "I want to die", closer still to its benign twin) and at least as near as its language's threshold.
    /// </summary>
    public bool IsCrisis(IReadOnlyDictionary<string, double> thresholds) =>
        Similarity > BenignSimilarity && Similarity >= thresholds[Nearest.Language];
}
