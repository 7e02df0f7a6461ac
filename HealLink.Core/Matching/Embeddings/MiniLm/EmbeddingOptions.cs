using System.ComponentModel.DataAnnotations;
using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// Which embedder compares people's stories, where the neural one's files are, and how ONNX Runtime runs it.
/// Section: <c>Embeddings</c>. Relative paths are taken from the working directory, like the database's, so the bot
/// and the admin panel started from the clone share one set of files.
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

    public EmbedderKind Embedder { get; set; } = EmbedderKind.Auto;

    [Required]
    public string ModelPath { get; set; } = DefaultModelPath;

    [Required]
    public string VocabularyPath { get; set; } = DefaultVocabularyPath;

    /// <summary>
    /// Threads one run may use. On our 2-core machines 1 gave the steadiest latency: requests already run side by
    /// side, and more threads per run only fight them for the cores.
    /// </summary>
    [Range(1, 64)]
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>Off: spinning threads burn a core between runs for a small gain in latency we do not need.</summary>
    public bool AllowSpinning { get; set; }

    /// <summary>
    /// How far ONNX Runtime rewrites the graph when it loads the model (<c>ORT_DISABLE_ALL</c>, <c>ORT_ENABLE_BASIC</c>,
    /// <c>ORT_ENABLE_EXTENDED</c>, <c>ORT_ENABLE_ALL</c>). All: the fused attention and layer-norm kernels are most of
    /// its speed on a BERT encoder, and the rewrite happens once, at start-up.
    /// </summary>
    [EnumDataType(typeof(GraphOptimizationLevel))]
    public GraphOptimizationLevel GraphOptimization { get; set; } = GraphOptimizationLevel.ORT_ENABLE_ALL;

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
