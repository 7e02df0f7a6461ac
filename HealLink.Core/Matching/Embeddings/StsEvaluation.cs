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
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(pairs);
        string[] sentences = [.. pairs.Select(pair => pair.Sentence1), .. pairs.Select(pair => pair.Sentence2)];

        var started = Stopwatch.GetTimestamp();
        var vectors = await embedder.EmbedAsync(sentences, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (vectors.Count != sentences.Length)
        {
            throw new InvalidOperationException($"{embedder.Id} returned {vectors.Count} vectors for {sentences.Length} texts.");
        }

        var similarities = pairs.Select((_, i) => Cosine(vectors[i], vectors[pairs.Count + i])).ToArray();
        var spearman = SpearmanCorrelation.Compute(similarities, [.. pairs.Select(pair => pair.Score)]);
        return new StsResult(embedder.Id, spearman, pairs.Count, elapsed);
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
