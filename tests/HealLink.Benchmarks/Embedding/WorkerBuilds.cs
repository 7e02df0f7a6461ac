using HealLink.Core.Tests;

namespace HealLink.Benchmarks.Embedding;

/// <summary>A built embedding worker: how to start it, and the ONNX Runtime library it must be told about ("" for none).</summary>
internal sealed record WorkerBuild(string Name, string WorkerDll, string OnnxRuntimePath);

/// <summary>
/// Builds tests/HealLink.EmbeddingWorker twice: here, on this tree's HealLink.Core (ONNX Runtime from its NuGet
/// package), and inside the parent commit's sources, on that commit's HealLink.Core (our former P/Invoke binding,
/// its library fetched by that commit's own tools/fetch-onnxruntime.sh from npm). The parent's sources come from
/// <c>git archive</c> into a temporary folder, never into this clone, and are kept there so a second run starts sooner.
/// </summary>
internal static class WorkerBuilds
{
    private const string WorkerFolder = "tests/HealLink.EmbeddingWorker";
    private const string WorkerProject = WorkerFolder + "/HealLink.EmbeddingWorker.csproj";

    public static async Task<WorkerBuild> ThisTreeAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Path;
        await ProcessRun.RunAsync("dotnet", ["build", "-c", "Release", WorkerProject], root, cancellationToken);
        return new WorkerBuild("Microsoft.ML.OnnxRuntime", FindWorker(root), "");
    }

    public static async Task<WorkerBuild> ParentAsync(string revision, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Path;
        var folder = Path.Combine(Path.GetTempPath(), $"heallink-bench-parent-{revision}");
        if (!File.Exists(Path.Combine(folder, "HealLink.sln")))
        {
            Directory.CreateDirectory(folder);
            await ProcessRun.RunAsync("bash", ["-c", $"git -C \"{root}\" archive \"{revision}\" | tar -x -C \"{folder}\""], root, cancellationToken);
        }

        var library = Path.Combine(folder, "native", "onnxruntime", "libonnxruntime.so.1");
        if (!File.Exists(library))
        {
            await ProcessRun.RunAsync("bash", ["tools/fetch-onnxruntime.sh"], folder, cancellationToken);
        }

        // The worker's source is this tree's; it compiles against either HealLink.Core (see WorkerEmbedders).
        CopyFolder(Path.Combine(root, WorkerFolder), Path.Combine(folder, WorkerFolder));
        await ProcessRun.RunAsync("dotnet", ["build", "-c", "Release", WorkerProject], folder, cancellationToken);
        return new WorkerBuild($"our binding ({revision})", FindWorker(folder), library);
    }

    private static string FindWorker(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, WorkerFolder, "bin", "Release"), "HealLink.EmbeddingWorker.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
