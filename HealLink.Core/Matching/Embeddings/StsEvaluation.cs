using System.Diagnostics;

namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// The STS Benchmark evaluation: embed both sentences of every pair, take their cosine, and correlate those with
/// the people's scores by Spearman's rank correlation, the usual figure for sentence embedders.
/// </summary>
public static class StsEvaluation
{
    public static async Task<StsResult> EvaluateFileAsync(IEmbedder embedder, string path, CancellationToken cancellationToken) =>
        await EvaluateAsync(embedder, await StsFile.ReadAsync(path, cancellationToken), cancellationToken);

    public static async Task<StsResult> EvaluateAsync(IEmbedder embedder, IReadOnlyList<StsPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var started = Stopwatch.GetTimestamp();
        var similarities = await SimilaritiesAsync(embedder, pairs, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var spearman = SpearmanCorrelation.Compute(similarities, [.. pairs.Select(pair => pair.Score)]);
        return new StsResult(embedder.Id, spearman, pairs.Count, elapsed);
    }

    /// <summary>The cosine of each pair's two sentences, in the pairs' order.</summary>
    public static async Task<double[]> SimilaritiesAsync(IEmbedder embedder, IReadOnlyList<StsPair> pairs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(pairs);
        string[] sentences = [.. pairs.Select(pair => pair.Sentence1), .. pairs.Select(pair => pair.Sentence2)];
        var vectors = await embedder.EmbedAsync(sentences, cancellationToken);
        if (vectors.Count != sentences.Length)
        {
            throw new InvalidOperationException($"{embedder.Id} returned {vectors.Count} vectors for {sentences.Length} texts.");
        }

        return [.. pairs.Select((_, i) => Cosine(vectors[i], vectors[pairs.Count + i]))];
    }

    /// <summary>Full cosine rather than a dot product, so an embedder that returns unnormalised vectors still scores fairly.</summary>
    private static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            throw new InvalidOperationException($"Vectors of {a.Length} and {b.Length} dimensions cannot be compared.");
        }

        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }
}
