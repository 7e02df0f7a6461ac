using System.Diagnostics;
using System.Globalization;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// A running embedding worker (tests/HealLink.EmbeddingWorker): one process per binding, so both run in the same
/// benchmark without sharing an address space, each timing its own embedding and reporting milliseconds.
/// </summary>
internal sealed class EmbeddingWorkerProcess : IDisposable
{
    private readonly Process _process;

    private EmbeddingWorkerProcess(WorkerBuild build, Process process, string runtimeVersion)
    {
        Build = build;
        _process = process;
        RuntimeVersion = runtimeVersion;
    }

    public WorkerBuild Build { get; }

    public string RuntimeVersion { get; }

    public static async Task<EmbeddingWorkerProcess> StartAsync(
        WorkerBuild build, string introsFile, string vocabularyPath, IReadOnlyList<string> models, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { build.WorkerDll, introsFile, vocabularyPath, build.OnnxRuntimePath }.Concat(models))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The embedding worker did not start");
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (ready is null || !ready.StartsWith("ready ", StringComparison.Ordinal))
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException($"The {build.Name} worker said '{ready}' instead of ready.");
        }

        return new EmbeddingWorkerProcess(build, process, ready["ready ".Length..]);
    }

    /// <summary>One embedding of the first <paramref name="intros"/> intros; the worker's own timing of it.</summary>
    public double Embed(int model, int threads, int intros)
    {
        _process.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model} {threads} {intros}"));
        _process.StandardInput.Flush();
        var answer = _process.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"The {Build.Name} worker stopped.");
        return double.Parse(answer, CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
