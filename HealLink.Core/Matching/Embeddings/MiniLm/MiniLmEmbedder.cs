using HealLink.Core.Matching.Embeddings.Onnx;
using HealLink.Core.Matching.Embeddings.Tokenization;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// all-MiniLM-L6-v2 through ONNX Runtime: texts are tokenised, run in batches of similar length, and each row's
/// token vectors pooled into one unit vector (<see cref="MaskedMeanPooling"/>). Safe to share between threads:
/// ONNX Runtime runs one session from several threads at once, and the tokenizer holds no mutable state.
/// </summary>
public sealed class MiniLmEmbedder : IEmbedder, IDisposable
{
    public const string EmbedderId = "all-MiniLM-L6-v2";

    private const string OutputName = "last_hidden_state";

    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly OnnxRuntimeLibrary _runtime;
    private readonly OnnxSession _session;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly int _maxTokens;
    private readonly int _batchSize;

    private MiniLmEmbedder(OnnxRuntimeLibrary runtime, OnnxSession session, WordPieceTokenizer tokenizer, EmbeddingOptions options)
    {
        _runtime = runtime;
        _session = session;
        _tokenizer = tokenizer;
        _maxTokens = options.MaxTokens;
        _batchSize = options.BatchSize;
        var missing = InputNames.Except(session.InputNames).ToList();
        if (missing.Count > 0 || !session.OutputNames.Contains(OutputName))
        {
            throw new InvalidDataException(
                $"The model takes [{string.Join(", ", session.InputNames)}] and gives [{string.Join(", ", session.OutputNames)}]; " +
                $"a BERT encoder takes [{string.Join(", ", InputNames)}] and gives {OutputName}.");
        }

        // The model does not declare its width in a form we read, so one tiny run tells it, and proves at start-up
        // rather than at a mentee's first search that the model runs at all.
        Dimensions = RunBatch([""])[0].Length;
    }

    public string Id => EmbedderId;

    public int Dimensions { get; }

    /// <summary>The ONNX Runtime it runs on, e.g. "1.30.0".</summary>
    public string RuntimeVersion => _runtime.Version;

    /// <summary>
    /// Loads the runtime, the vocabulary and the model named by <paramref name="options"/>. Throws when any of
    /// them is missing or broken; the message says which and why.
    /// </summary>
    public static MiniLmEmbedder Load(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireFile(options.ModelPath, "The model");
        RequireFile(options.VocabularyPath, "The model's vocabulary");
        var tokenizer = new WordPieceTokenizer(WordPieceVocabulary.Load(options.VocabularyPath));
        var runtime = new OnnxRuntimeLibrary(options.OnnxRuntimePath);
        OnnxSession? session = null;
        try
        {
            session = runtime.OpenSession(options.ModelPath, new OnnxSessionOptions { IntraOpThreads = options.IntraOpThreads });
            return new MiniLmEmbedder(runtime, session, tokenizer, options);
        }
        catch
        {
            session?.Dispose();
            runtime.Dispose();
            throw;
        }
    }

    public Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);

        // Texts of similar length share a batch, so little of any run is spent on padding.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        foreach (var chunk in order.Chunk(_batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pooled = RunBatch([.. chunk.Select(i => texts[i])]);
            for (var j = 0; j < chunk.Length; j++)
            {
                vectors[chunk[j]] = pooled[j];
            }
        }

        return Task.FromResult<IReadOnlyList<float[]>>(vectors);
    }

    public void Dispose()
    {
        _session.Dispose();
        _runtime.Dispose();
    }

    private float[][] RunBatch(IReadOnlyList<string> texts)
    {
        var batch = _tokenizer.EncodeBatch(texts, _maxTokens);
        OnnxInput[] inputs =
        [
            new(InputNames[0], batch.InputIds),
            new(InputNames[1], batch.AttentionMask),
            new(InputNames[2], batch.TokenTypeIds),
        ];
        var output = _session.Run(inputs, batch.BatchSize, batch.SequenceLength, OutputName);
        if (output.Shape is not [var rows, var positions, var dimensions] || rows != batch.BatchSize || positions != batch.SequenceLength)
        {
            throw new InvalidDataException(
                $"The model gave {OutputName} of shape [{string.Join(", ", output.Shape)}]; expected [{batch.BatchSize}, {batch.SequenceLength}, dimensions].");
        }

        return MaskedMeanPooling.Pool(output.Values, batch.AttentionMask, batch.BatchSize, batch.SequenceLength, (int)dimensions);
    }

    private static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} is not at '{Path.GetFullPath(path)}'.", path);
        }
    }
}
