namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// The knobs of <see cref="HashedNGramEmbedder"/>. <see cref="Default"/> holds the values tuned on STS-B dev
/// (Spearman 0.753; the test split was not looked at while tuning). Changing any of them changes every vector,
/// so it must come with a new embedder id.
/// </summary>
internal sealed record HashedNGramSettings
{
    public static HashedNGramSettings Default { get; } = new();

    /// <summary>
    /// On dev, 256 buckets lose 0.01 to collisions; from 384 up the score stays within 0.004 of 65,536 buckets,
    /// which is hashing luck rather than a trend. 512 is the smallest size safely on that plateau: 2 KB a vector.
    /// </summary>
    public int Dimensions { get; init; } = 512;

    /// <summary>Only the ratios between the family weights matter, as each family is scaled to unit norm first.</summary>
    public float WordWeight { get; init; } = 1f;

    /// <summary>
    /// Bigrams add nothing on dev (0 to 0.1 is within 0.001; 0.25 costs 0.002), as STS pairs rarely differ by word
    /// order alone; a small weight keeps "kidney transplant" a little closer to itself than to "transplant, kidney".
    /// </summary>
    public float BigramWeight { get; init; } = 0.1f;

    /// <summary>Character n-grams add 0.02 on dev over words alone (0.737): they match "transplanted" to "transplant".</summary>
    public float CharNGramWeight { get; init; } = 1.25f;

    public int MinCharN { get; init; } = 3;

    public int MaxCharN { get; init; } = 5;

    /// <summary>
    /// Stopwords at 0.1 beat 1 (no down-weighting) by 0.07 on dev, the largest single gain; kept above zero, where
    /// the score is the same, so a text of stopwords only ("I am") still has a vector of its own.
    /// </summary>
    public float StopwordWeight { get; init; } = 0.1f;
}
