using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Tests;

namespace HealLink.Benchmarks.MatchQuality;

/// <summary>
/// An embedder the command can run with, as the settings the bot would be started with: the bot's own
/// <see cref="EmbedderSelection"/> then loads it, and fails rather than falling back when MiniLM is asked for.
/// </summary>
internal sealed record QualityEmbedder(string Name, string Title, EmbedderKind Kind)
{
    public static IReadOnlyList<QualityEmbedder> All { get; } =
    [
        new("minilm", "MiniLM (all-MiniLM-L6-v2)", EmbedderKind.MiniLm),
        new("offline", "offline (hashed n-grams)", EmbedderKind.Offline),
    ];

    /// <summary>The <c>Embeddings</c> section for it; MiniLM's files are the shared folder's real model.</summary>
    public Dictionary<string, string?> Settings()
    {
        var section = EmbeddingOptions.SectionName;
        var settings = new Dictionary<string, string?> { [$"{section}:{nameof(EmbeddingOptions.Embedder)}"] = Kind.ToString() };
        if (Kind == EmbedderKind.MiniLm)
        {
            settings[$"{section}:{nameof(EmbeddingOptions.ModelPath)}"] = SharedModels.Path("all-MiniLM-L6-v2", "onnx", "model.onnx");
            settings[$"{section}:{nameof(EmbeddingOptions.VocabularyPath)}"] = SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt");
        }

        return settings;
    }
}
