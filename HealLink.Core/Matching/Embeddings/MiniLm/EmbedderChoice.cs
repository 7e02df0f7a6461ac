namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>The embedder chosen at start-up and, when it is not the neural model, why not (said once, in the log).</summary>
public sealed class EmbedderChoice(IEmbedder embedder, string? whyNotTheModel) : IDisposable
{
    public IEmbedder Embedder { get; } = embedder;

    /// <summary>Null when <see cref="Embedder"/> is the neural model.</summary>
    public string? WhyNotTheModel { get; } = whyNotTheModel;

    /// <summary>True when the operator asked for the offline embedder, rather than getting it for want of files.</summary>
    public bool OfflineByChoice { get; init; }

    public void Dispose() => (Embedder as IDisposable)?.Dispose();
}
