using HealLink.Core.Matching.Embeddings.Tokenization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace HealLink.Core.Matching.Embeddings.MiniLm;

/// <summary>
/// all-MiniLM-L6-v2 through ONNX Runtime: texts are tokenised, run in batches of similar length, and each row's
/// token vectors pooled into one unit vector (<see cref="MaskedMeanPooling"/>). Safe to share between threads:
/// ONNX Runtime runs one session from several threads at once, and the tokenizer holds no mutable state.
/// </summary>
/// <remarks>
/// A run on a disposed <see cref="InferenceSession"/> reads freed native memory and takes the process down, so runs
/// hold a read lock and disposal the write lock: disposal waits for the runs in flight, and a run after it throws
/// <see cref="ObjectDisposedException"/> (a job still embedding while the host stops).
/// </remarks>
public sealed class MiniLmEmbedder : IEmbedder, IDisposable
{
    public const string EmbedderId = "all-MiniLM-L6-v2";

    private const string OutputName = "last_hidden_state";

    private static readonly IReadOnlyList<string> OutputNames = [OutputName];

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly ReaderWriterLockSlim _lifetime = new();
    private readonly WordPieceTokenizer _tokenizer;
    private readonly int _maxTokens;
    private readonly int _batchSize;
    private bool _disposed;

    private MiniLmEmbedder(InferenceSession session, WordPieceTokenizer tokenizer, EmbeddingOptions options)
    {
        _session = session;
        _tokenizer = tokenizer;
        _maxTokens = options.MaxTokens;
        _batchSize = options.BatchSize;
        try
        {
            RequireBertInputsAndOutput(session);

            // The model does not declare its width in a form we read, so one tiny run tells it, and proves at start-up
            // rather than at a mentee's first search that the model runs at all.
            Dimensions = RunBatch([""])[0].Length;
        }
        catch
        {
            _runOptions.Dispose();
            throw;
        }
    }

    public string Id => EmbedderId;

    public int Dimensions { get; }

    /// <summary>The ONNX Runtime it runs on, e.g. "1.32.0".</summary>
    public static string RuntimeVersion => OrtEnv.Instance().GetVersionString();

    /// <summary>
    /// Loads the vocabulary and the model named by <paramref name="options"/>. Throws when either is missing or
    /// broken; the message says which and why, in ONNX Runtime's own words when it is the one refusing.
    /// </summary>
    public static MiniLmEmbedder Load(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        RequireFile(options.ModelPath, "The model");
        RequireFile(options.VocabularyPath, "The model's vocabulary");
        var tokenizer = new WordPieceTokenizer(WordPieceVocabulary.Load(options.VocabularyPath));
        var session = OpenSession(options);
        try
        {
            return new MiniLmEmbedder(session, tokenizer, options);
        }
        catch
        {
            session.Dispose();
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
            var pooled = RunBatchWhileOpen([.. chunk.Select(i => texts[i])]);
            for (var j = 0; j < chunk.Length; j++)
            {
                vectors[chunk[j]] = pooled[j];
            }
        }

        return Task.FromResult<IReadOnlyList<float[]>>(vectors);
    }

    public void Dispose()
    {
        _lifetime.EnterWriteLock();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _session.Dispose();
            _runOptions.Dispose();
        }
        finally
        {
            _lifetime.ExitWriteLock();
        }

        // The lock itself is not disposed: a run arriving now must still be able to take it and be told it is too late.
    }

    private static InferenceSession OpenSession(EmbeddingOptions options)
    {
        using var sessionOptions = MiniLmSessionOptions.Create(options);
        try
        {
            return new InferenceSession(options.ModelPath, sessionOptions);
        }
        catch (OnnxRuntimeException exception)
        {
            // ONNX Runtime's message names the file and what is wrong with it; ours says which step refused it.
            throw new InvalidDataException(
                $"ONNX Runtime CreateSession refused the model at '{Path.GetFullPath(options.ModelPath)}': {exception.Message}", exception);
        }
    }

    private float[][] RunBatchWhileOpen(IReadOnlyList<string> texts)
    {
        _lifetime.EnterReadLock();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return RunBatch(texts);
        }
        finally
        {
            _lifetime.ExitReadLock();
        }
    }

    private float[][] RunBatch(IReadOnlyList<string> texts)
    {
        var batch = _tokenizer.EncodeBatch(texts, _maxTokens);
        using var inputs = new BertInputValues(batch);
        using var outputs = _session.Run(_runOptions, BertInputValues.Names, inputs.Values, OutputNames);
        var output = outputs[0];
        var info = output.GetTensorTypeAndShape();
        if (info.ElementDataType != TensorElementType.Float
            || info.Shape is not [var rows, var positions, var dimensions] || rows != batch.BatchSize || positions != batch.SequenceLength)
        {
            throw new InvalidDataException(
                $"The model gave {OutputName} of {info.ElementDataType} [{string.Join(", ", info.Shape)}]; " +
                $"expected Float [{batch.BatchSize}, {batch.SequenceLength}, dimensions].");
        }

        // Pooled straight from ONNX Runtime's buffer, which lives until the outputs are disposed.
        return MaskedMeanPooling.Pool(output.GetTensorDataAsSpan<float>(), batch.AttentionMask, batch.BatchSize, batch.SequenceLength, (int)dimensions);
    }

    private static void RequireBertInputsAndOutput(InferenceSession session)
    {
        if (BertInputValues.Names.Except(session.InputNames).Any() || !session.OutputNames.Contains(OutputName))
        {
            throw new InvalidDataException(
                $"The model takes [{string.Join(", ", session.InputNames)}] and gives [{string.Join(", ", session.OutputNames)}]; " +
                $"a BERT encoder takes [{string.Join(", ", BertInputValues.Names)}] and gives {OutputName}.");
        }
    }

    private static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} is not at '{Path.GetFullPath(path)}'.", path);
        }
    }
}
