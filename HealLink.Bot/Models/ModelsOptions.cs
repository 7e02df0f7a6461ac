using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Bot.Models;

/// <summary>
/// Where model files live and where <c>models fetch</c> gets them. Section: <c>Models</c>. The MiniLM paths are the
/// contract with the embedder, which loads exactly <see cref="MiniLmModelPath"/> and <see cref="MiniLmVocabularyPath"/>.
/// </summary>
public sealed class ModelsOptions
{
    public const string SectionName = "Models";

    /// <summary>Relative to the working directory, like the database file.</summary>
    public const string DefaultFolder = EmbeddingOptions.DefaultModelFolder;

    public const string DefaultBaseUrl = "https://huggingface.co/Xenova/all-MiniLM-L6-v2/resolve/main/";

    public const string MiniLmModelFile = EmbeddingOptions.MiniLmModelFile;

    public const string MiniLmVocabularyFile = EmbeddingOptions.MiniLmVocabularyFile;

    public string Folder { get; set; } = DefaultFolder;

    /// <summary>Each file's <see cref="ModelFile.RemotePath"/> is resolved against it; redirects (to a CDN) are followed.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>When files are missing at start-up, fetch them before the bot starts; a failure does not stop the bot.</summary>
    public bool FetchOnStart { get; set; }

    /// <summary>How long the server may send nothing (connecting, answering, or mid-file) before the fetch gives up.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// What to fetch. Empty means <see cref="DefaultFiles"/>, filled in after binding: the configuration binder appends
    /// to a list that already has items, so a configured list could not replace defaults set here.
    /// </summary>
    public List<ModelFile> Files { get; set; } = [];

    /// <summary>The icebreakers' language model, which only <c>models fetch llm</c> fetches (it is large, and optional).</summary>
    public LlmModelSource Llm { get; set; } = new();

    public string MiniLmModelPath => Path.Combine(Folder, MiniLmModelFile);

    public string MiniLmVocabularyPath => Path.Combine(Folder, MiniLmVocabularyFile);

    /// <summary>
    /// The files the MiniLM embedder needs, as Xenova/all-MiniLM-L6-v2 publishes them (identities from its Git LFS
    /// pointers and from the tokenizer files; see docs/native-inference.md). New objects each call: options are mutable.
    /// </summary>
    public static List<ModelFile> DefaultFiles() =>
    [
        new()
        {
            RemotePath = "onnx/model.onnx",
            LocalPath = MiniLmModelFile,
            Size = 90_387_606,
            Sha256 = "759c3cd2b7fe7e93933ad23c4c9181b7396442a2ed746ec7c1d46192c469c46e",
        },
        new()
        {
            RemotePath = "vocab.txt",
            LocalPath = MiniLmVocabularyFile,
            Size = 231_508,
            Sha256 = "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
        },
    ];

    public string PathOf(ModelFile file) => Path.Combine(Folder, (file ?? throw new ArgumentNullException(nameof(file))).LocalPath);

    public Uri UrlOf(ModelFile file) =>
        new(new Uri(BaseUrl.EndsWith('/') ? BaseUrl : BaseUrl + "/"), (file ?? throw new ArgumentNullException(nameof(file))).RemotePath);
}
