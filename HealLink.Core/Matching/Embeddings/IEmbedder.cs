namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// Turns texts (people's intros) into L2-normalised vectors whose dot product measures how alike their meaning is.
/// Vectors from different embedders live in different spaces and must never be compared: each stored vector
/// records the <see cref="Id"/> of the embedder that made it.
/// </summary>
public interface IEmbedder
{
    /// <summary>Names the embedder and its version, e.g. "all-MiniLM-L6-v2" or "hashed-ngrams-v1".</summary>
    string Id { get; }

    int Dimensions { get; }

    /// <summary>One vector per text, in order, each of length <see cref="Dimensions"/> and unit length.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
