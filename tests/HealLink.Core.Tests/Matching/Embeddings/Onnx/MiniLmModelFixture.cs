using HealLink.Core.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>The random MiniLM-shaped model, written once per test class (about 90 MB) and opened through our binding.</summary>
public sealed class MiniLmModelFixture : IDisposable
{
    private readonly OnnxRuntimeFixture _runtime = new();

    public MiniLmModelFixture()
    {
        ModelPath = _runtime.TemporaryPath("all-MiniLM-L6-v2-random.onnx");
        ParameterCount = MiniLmModelWriter.Write(ModelPath);
        Session = _runtime.Runtime.OpenSession(ModelPath);
    }

    public OnnxRuntimeLibrary Runtime => _runtime.Runtime;

    public string ModelPath { get; }

    public long ParameterCount { get; }

    /// <summary>One intra-op thread, the production default.</summary>
    public OnnxSession Session { get; }

    public void Dispose()
    {
        Session.Dispose();
        _runtime.Dispose();
    }
}
