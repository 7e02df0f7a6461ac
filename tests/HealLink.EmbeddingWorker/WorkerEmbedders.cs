using System.Reflection;
using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.EmbeddingWorker;

/// <summary>
/// The embedders a worker times, one per model and thread count, loaded once. Written against what every version of
/// HealLink.Core has in common (<c>MiniLmEmbedder.Load</c>, <c>EmbedAsync</c>); what differs is reached by name:
/// the P/Invoke binding needed <c>OnnxRuntimePath</c> and gave its version per instance, the package needs no path
/// and gives it statically.
/// </summary>
internal sealed class WorkerEmbedders : IDisposable
{
    private readonly Dictionary<(int Model, int Threads), MiniLmEmbedder> _embedders = [];

    public WorkerEmbedders(IReadOnlyList<string> models, string vocabularyPath, string onnxRuntimePath, int batchSize, int maxTokens)
    {
        try
        {
            for (var model = 0; model < models.Count; model++)
            {
                foreach (var threads in new[] { 1, 2 })
                {
                    var options = new EmbeddingOptions
                    {
                        ModelPath = models[model],
                        VocabularyPath = vocabularyPath,
                        IntraOpThreads = threads,
                        BatchSize = batchSize,
                        MaxTokens = maxTokens,
                    };
                    SetRuntimePath(options, onnxRuntimePath);
                    _embedders[(model, threads)] = MiniLmEmbedder.Load(options);
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public MiniLmEmbedder this[int model, int threads] => _embedders[(model, threads)];

    public string RuntimeVersion
    {
        get
        {
            var property = typeof(MiniLmEmbedder).GetProperty("RuntimeVersion")
                ?? throw new MissingMemberException(nameof(MiniLmEmbedder), "RuntimeVersion");
            return property.GetValue(property.GetMethod!.IsStatic ? null : _embedders.Values.First()) as string ?? "?";
        }
    }

    public void Dispose()
    {
        foreach (var embedder in _embedders.Values)
        {
            embedder.Dispose();
        }

        _embedders.Clear();
    }

    private static void SetRuntimePath(EmbeddingOptions options, string onnxRuntimePath)
    {
        if (onnxRuntimePath.Length == 0)
        {
            return;
        }

        var property = typeof(EmbeddingOptions).GetProperty("OnnxRuntimePath", BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException("This HealLink.Core takes no ONNX Runtime path; pass an empty one.", nameof(onnxRuntimePath));
        property.SetValue(options, onnxRuntimePath);
    }
}
