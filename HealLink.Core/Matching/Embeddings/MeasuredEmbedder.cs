using System.Diagnostics;
using HealLink.Core.Service.Metrics;

namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// The chosen embedder, timed: every batch's duration goes to <see cref="HealLinkMetrics"/>. A wrapper rather than a
/// line in each embedder, so the neural model, the offline fallback and a test's own are all measured alike.
/// </summary>
public sealed class MeasuredEmbedder(IEmbedder inner, HealLinkMetrics metrics) : IEmbedder
{
    public IEmbedder Inner => inner;

    public string Id => inner.Id;

    public int Dimensions => inner.Dimensions;

    /// <summary>The embedder doing the work, for code that asks which one was chosen.</summary>
    public static IEmbedder Unwrap(IEmbedder embedder) => embedder is MeasuredEmbedder measured ? measured.Inner : embedder;

    public async Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var vectors = await inner.EmbedAsync(texts, cancellationToken);
        metrics.Embedded(Stopwatch.GetElapsedTime(started));
        return vectors;
    }
}
