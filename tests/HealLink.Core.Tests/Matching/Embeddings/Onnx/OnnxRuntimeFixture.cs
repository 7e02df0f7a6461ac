using HealLink.Core.Matching.Embeddings.Onnx;

namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// ONNX Runtime from native/onnxruntime/ in the clone, and the tiny model written to a temporary file. A missing
/// library fails the tests rather than skipping them: CI fetches it, so a skip would only hide a broken set-up.
/// </summary>
public sealed class OnnxRuntimeFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heallink-onnx-").FullName;

    public OnnxRuntimeFixture()
    {
        LibraryPath = Path.Combine(RepositoryRoot.Path, "native", "onnxruntime", "libonnxruntime.so.1");
        if (!File.Exists(LibraryPath))
        {
            throw new FileNotFoundException(
                $"ONNX Runtime is not at '{LibraryPath}'. Run tools/fetch-onnxruntime.sh (CI runs it) to fetch it.",
                LibraryPath);
        }

        Runtime = new OnnxRuntimeLibrary(LibraryPath);
        TinyModelPath = WriteFile("tiny-encoder.onnx", OnnxModelWriter.TinyEncoder());
    }

    public string LibraryPath { get; }

    public OnnxRuntimeLibrary Runtime { get; }

    public string TinyModelPath { get; }

    public string WriteFile(string name, byte[] contents)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, contents);
        return path;
    }

    public void Dispose()
    {
        Runtime.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
