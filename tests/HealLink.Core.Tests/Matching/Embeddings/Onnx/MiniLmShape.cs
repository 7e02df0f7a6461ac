namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>all-MiniLM-L6-v2's BertModel configuration, from its config.json (shared/models/all-MiniLM-L6-v2).</summary>
internal static class MiniLmShape
{
    public const int VocabularySize = 30522;
    public const int Hidden = 384;
    public const int Layers = 6;
    public const int Heads = 12;
    public const int HeadSize = Hidden / Heads;
    public const int Intermediate = 1536;
    public const int MaxPositions = 512;
    public const int TokenTypes = 2;
    public const float LayerNormEpsilon = 1e-12f;
}
