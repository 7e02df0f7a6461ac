using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// The step being timed: intros through the MiniLM embedder as matching calls it, so tokenising, the forward pass and
/// pooling are all in the figure. The embedder works synchronously, so waiting on it adds nothing.
/// </summary>
internal static class EmbeddingStep
{
    public static void Embed(MiniLmEmbedder embedder, string[] intros) =>
        embedder.EmbedAsync(intros, CancellationToken.None).GetAwaiter().GetResult();
}
