using HealLink.Core.Matching.Embeddings.MiniLm;
using Microsoft.ML.OnnxRuntime;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>The random MiniLM-shaped model, written once per test class (about 90 MB) and opened as the embedder opens it.</summary>
public sealed class MiniLmModelFixture : IDisposable
{
    private readonly TinyEncoderFixture _files = new();

    public MiniLmModelFixture()
    {
        ModelPath = _files.TemporaryPath("all-MiniLM-L6-v2-random.onnx");
        ParameterCount = MiniLmModelWriter.Write(ModelPath);
        Session = Open(new EmbeddingOptions());
    }

    public string ModelPath { get; }

    public long ParameterCount { get; }

    /// <summary>One intra-op thread, the production default.</summary>
    public InferenceSession Session { get; }

    /// <summary>Another session on the same file, with the session options <paramref name="options"/> asks for.</summary>
    public InferenceSession Open(EmbeddingOptions options)
    {
        using var sessionOptions = MiniLmSessionOptions.Create(options);
        return new InferenceSession(ModelPath, sessionOptions);
    }

    public void Dispose()
    {
        Session.Dispose();
        _files.Dispose();
    }
}
