using System.Diagnostics;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Benchmarks.Embedding;

/// <summary>The tests' random-weight MiniLM-shaped model, written to a temporary folder of its own, deleted on disposal.</summary>
internal sealed class RandomMiniLmFile : IDisposable
{
    private readonly string _folder;

    private RandomMiniLmFile(string folder, string path, long parameterCount, TimeSpan writeTime)
    {
        _folder = folder;
        FilePath = path;
        ParameterCount = parameterCount;
        WriteTime = writeTime;
        Bytes = new FileInfo(path).Length;
    }

    public string FilePath { get; }

    public long ParameterCount { get; }

    public long Bytes { get; }

    public TimeSpan WriteTime { get; }

    public static RandomMiniLmFile Write()
    {
        var folder = Directory.CreateTempSubdirectory("heallink-bench-minilm-").FullName;
        var path = Path.Combine(folder, "all-MiniLM-L6-v2-random.onnx");
        var start = Stopwatch.GetTimestamp();
        var parameterCount = MiniLmModelWriter.Write(path);
        return new RandomMiniLmFile(folder, path, parameterCount, Stopwatch.GetElapsedTime(start));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
