using System.ComponentModel.DataAnnotations;
using HealLink.Core.Matching.Embeddings.Onnx;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// Which embedder compares people's stories, and where the neural one's files are. Section: <c>Embeddings</c>.
/// Relative paths are taken from the working directory, like the database's, so the bot and the admin panel
/// started from the clone share one set of files.
/// </summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>Where <c>models fetch</c> puts the model and tools/fetch-onnxruntime.sh the runtime.</summary>
    public const string DefaultModelPath = "models/all-MiniLM-L6-v2/model.onnx";

    public const string DefaultVocabularyPath = "models/all-MiniLM-L6-v2/vocab.txt";

    public const string DefaultOnnxRuntimePath = "native/onnxruntime/libonnxruntime.so.1";

    public EmbedderKind Embedder { get; set; } = EmbedderKind.Auto;

    [Required]
    public string ModelPath { get; set; } = DefaultModelPath;

    [Required]
    public string VocabularyPath { get; set; } = DefaultVocabularyPath;

    [Required]
    public string OnnxRuntimePath { get; set; } = DefaultOnnxRuntimePath;

    /// <inheritdoc cref="OnnxSessionOptions.IntraOpThreads"/>
    [Range(1, 64)]
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>
    /// Tokens per text, [CLS] and [SEP] included; longer intros are cut. 256 is the model's sentence-transformers
    /// setting; it was trained on 128, and an intro's gist is in its first lines.
    /// </summary>
    [Range(8, 512)]
    public int MaxTokens { get; set; } = 256;

    /// <summary>Texts per model run: large enough to amortise a run's overhead, small enough that padding stays cheap.</summary>
    [Range(1, 256)]
    public int BatchSize { get; set; } = 16;
}
