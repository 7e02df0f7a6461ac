namespace HealLink.Core.Matching.Embeddings.MiniLm;

public enum EmbedderKind
{
    /// <summary>all-MiniLM-L6-v2 when its files and ONNX Runtime are present, the offline embedder otherwise.</summary>
    Auto,

    /// <summary>all-MiniLM-L6-v2 or nothing: start-up fails when it cannot be loaded.</summary>
    MiniLm,

    /// <summary>The offline embedder, even when the model is present.</summary>
    Offline,
}
