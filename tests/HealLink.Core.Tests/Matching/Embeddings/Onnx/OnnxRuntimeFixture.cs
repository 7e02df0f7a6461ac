using HealLink.Core.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>ONNX Runtime from native/onnxruntime/ in the clone, and the tiny model written to a temporary file.</summary>
public sealed class OnnxRuntimeFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heallink-onnx-").FullName;

    public OnnxRuntimeFixture()
    {
        LibraryPath = NativeOnnxRuntime.RequireLibrary();
        Runtime = new OnnxRuntimeLibrary(LibraryPath);
        TinyModelPath = WriteFile("tiny-encoder.onnx", OnnxModelWriter.TinyEncoder());
    }

    public string LibraryPath { get; }

    public OnnxRuntimeLibrary Runtime { get; }

    public string TinyModelPath { get; }

    public string WriteFile(string name, byte[] contents)
    {
        var path = TemporaryPath(name);
        File.WriteAllBytes(path, contents);
        return path;
    }

    /// <summary>A path in the fixture's temporary folder, deleted with it.</summary>
    public string TemporaryPath(string name) => Path.Combine(_folder, name);

    public void Dispose()
    {
        Runtime.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
