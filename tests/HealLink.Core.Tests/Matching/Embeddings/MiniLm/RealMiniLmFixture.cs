using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>The real model loaded once for a test class, on every core (the tests run it alone, not beside a bot).</summary>
public sealed class RealMiniLmFixture : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = MiniLmEmbedder.Load(RealMiniLm.Options(Environment.ProcessorCount));

    public void Dispose() => Embedder.Dispose();
}
