namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>The tiny encoder written to a temporary folder, with room beside it for files a test writes.</summary>
public sealed class TinyEncoderFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heallink-onnx-").FullName;

    public TinyEncoderFixture()
    {
        TinyModelPath = WriteFile("tiny-encoder.onnx", OnnxModelWriter.TinyEncoder());
    }

    public string TinyModelPath { get; }

    public string WriteFile(string name, byte[] contents)
    {
        var path = TemporaryPath(name);
        File.WriteAllBytes(path, contents);
        return path;
    }

    /// <summary>A path in the fixture's temporary folder, deleted with it.</summary>
    public string TemporaryPath(string name) => Path.Combine(_folder, name);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
