namespace HealLink.Core.Matching.Embeddings;

/// <summary>One STS Benchmark pair: two sentences and how alike people judged them, from 0 (unrelated) to 5.</summary>
public sealed record StsPair(double Score, string Sentence1, string Sentence2);
