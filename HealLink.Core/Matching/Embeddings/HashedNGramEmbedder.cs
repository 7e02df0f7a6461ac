namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// The offline embedder: used when no neural model or runtime is present, so matching still works. Deterministic
/// and data-free: it hashes word unigrams, word bigrams and character 3–5-grams of each word (with "&lt;" and
/// "&gt;" marking the word's ends, so "kidney" and "kidneys" share most n-grams) into signed buckets, weights
/// them by 1 + log(tf), per family and down for stopwords, and L2-normalises. It sees surface overlap, not
/// meaning: "surgery" and "operation" share nothing.
/// </summary>
/// <remarks>
/// A text with no letters or digits (empty, whitespace, only emoji) becomes the unit vector on bucket 0: every
/// vector stays unit length, two such texts match each other fully and match real text hardly at all.
/// Safe to share between threads: it holds no mutable state.
/// </remarks>
public sealed class HashedNGramEmbedder : IEmbedder
{
    public const string EmbedderId = "hashed-ngrams-v1";

    // Per-family arrays are indexed by FeatureFamily's value (1 to 3); slot 0 is unused.
    private const int FamilySlots = (int)FeatureFamily.CharNGram + 1;

    private readonly HashedNGramSettings _settings;

    public HashedNGramEmbedder()
        : this(HashedNGramSettings.Default)
    {
    }

    internal HashedNGramEmbedder(HashedNGramSettings settings) => _settings = settings;

    public string Id => EmbedderId;

    public int Dimensions => _settings.Dimensions;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors[i] = Embed(texts[i]);
        }

        return Task.FromResult<IReadOnlyList<float[]>>(vectors);
    }

    public float[] Embed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var vector = new float[_settings.Dimensions];
        var features = NGramFeatures.Count(TextNormaliser.Words(text), _settings);
        if (features.Count == 0)
        {
            vector[0] = 1f;
            return vector;
        }

        var familyScale = FamilyScales(features);
        foreach (var (hash, tally) in features)
        {
            var weight = familyScale[(int)tally.Family] * tally.Weight * (1 + MathF.Log(tally.Count));
            var bucket = (int)(hash % (ulong)vector.Length);
            vector[bucket] += (hash >> 63) == 0 ? weight : -weight;
        }

        Normalise(vector);
        return vector;
    }

    /// <summary>
    /// Each family's weight, divided by the family's own norm: scaled to unit norm first, a long word's many
    /// character n-grams do not drown its one unigram, and the weights mean the same for short and long texts.
    /// </summary>
    private float[] FamilyScales(Dictionary<ulong, FeatureTally> features)
    {
        var squares = new float[FamilySlots];
        foreach (var tally in features.Values)
        {
            var w = tally.Weight * (1 + MathF.Log(tally.Count));
            squares[(int)tally.Family] += w * w;
        }

        float[] weights = [0f, _settings.WordWeight, _settings.BigramWeight, _settings.CharNGramWeight];
        var scales = new float[FamilySlots];
        for (var family = 1; family < scales.Length; family++)
        {
            scales[family] = squares[family] > 0 ? weights[family] / MathF.Sqrt(squares[family]) : 0f;
        }

        return scales;
    }

    private static void Normalise(float[] vector)
    {
        var sumOfSquares = 0.0;
        foreach (var x in vector)
        {
            sumOfSquares += x * x;
        }

        if (sumOfSquares == 0)
        {
            // Signed features can cancel out exactly; fall back to the empty text's vector rather than NaN.
            vector[0] = 1f;
            return;
        }

        var scale = (float)(1 / Math.Sqrt(sumOfSquares));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= scale;
        }
    }
}
