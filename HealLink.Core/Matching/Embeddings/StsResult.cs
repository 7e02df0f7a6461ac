namespace HealLink.Core.Matching.Embeddings;

/// <summary>How well an embedder's cosine similarities rank the STS pairs the way people did.</summary>
/// <param name="EmbeddingTime">Time spent inside the embedder for both sentences of every pair.</param>
public sealed record StsResult(string EmbedderId, double Spearman, int Pairs, TimeSpan EmbeddingTime);
