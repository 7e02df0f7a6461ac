using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Tests.Matching.Embeddings;

/// <summary>The real offline embedder, counting the texts it was asked to embed.</summary>
internal sealed class CountingEmbedder(IEmbedder inner) : IEmbedder
{
    private int _texts;

    public CountingEmbedder()
        : this(new HashedNGramEmbedder())
    {
    }

    public int Texts => _texts;

    public string Id => inner.Id;

    public int Dimensions => inner.Dimensions;

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _texts, texts.Count);
        return inner.EmbedAsync(texts, cancellationToken);
    }
}
