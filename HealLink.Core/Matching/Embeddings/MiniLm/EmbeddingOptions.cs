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

    /// <summary>The folder model files live in; <c>models fetch</c> fills it (its <c>Models:Folder</c> default).</summary>
    public const string DefaultModelFolder = "models";

    /// <summary>The model's files inside that folder: the contract between <c>models fetch</c> and this embedder.</summary>
    public const string MiniLmModelFile = "all-MiniLM-L6-v2/model.onnx";

    public const string MiniLmVocabularyFile = "all-MiniLM-L6-v2/vocab.txt";

    public const string DefaultModelPath = DefaultModelFolder + "/" + MiniLmModelFile;

    public const string DefaultVocabularyPath = DefaultModelFolder + "/" + MiniLmVocabularyFile;

    /// <summary>Where tools/fetch-onnxruntime.sh puts the runtime.</summary>
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
