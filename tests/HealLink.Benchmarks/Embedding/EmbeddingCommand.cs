using HealLink.Benchmarks.Shared;
using HealLink.Core.Matching.Embeddings.Tokenization;
using HealLink.Core.Tests;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// The embedding command: 128-token intros through the MiniLM embedder, one at a time and batched, on 1 and 2
/// intra-op threads, on a random-weight model of all-MiniLM-L6-v2's shape and on the real model; each configuration
/// through ONNX Runtime's NuGet package (this tree) and through our former P/Invoke binding (the parent commit, built
/// on the fly), each in a worker process of its own, taking turns in the same rounds. Then the tokenizer alone.
/// </summary>
internal static class EmbeddingCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, EmbeddingOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(EmbeddingOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var vocabularyPath = SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt");
        var realModel = SharedModels.Path("all-MiniLM-L6-v2", "onnx", "model.onnx");
        var tokenizer = new WordPieceTokenizer(WordPieceVocabulary.Load(vocabularyPath));
        string[] intros = [.. Enumerable.Range(0, options.BatchSize).Select(SampleIntros.Intro)];
        RequireFullWindows(tokenizer, intros);

        // Progress goes to stderr, so stdout is only the report.
        await Console.Error.WriteLineAsync($"Building the embedding worker here and in {options.ParentRevision} (its ONNX Runtime from npm)...");
        WorkerBuild[] builds = [await WorkerBuilds.ParentAsync(options.ParentRevision, cancellationToken), await WorkerBuilds.ThisTreeAsync(cancellationToken)];
        await Console.Error.WriteLineAsync("Writing the random MiniLM-shaped model...");
        using var randomModel = RandomMiniLmFile.Write();
        var introsFile = Path.Combine(Path.GetDirectoryName(randomModel.FilePath)!, "intros.txt");
        await File.WriteAllLinesAsync(introsFile, intros, cancellationToken);
        string[] models = [randomModel.FilePath, realModel];
        string[] modelNames = ["MiniLM-shaped, random weights", "all-MiniLM-L6-v2 (real)"];

        using var baseline = await EmbeddingWorkerProcess.StartAsync(builds[0], introsFile, vocabularyPath, models, cancellationToken);
        using var candidate = await EmbeddingWorkerProcess.StartAsync(builds[1], introsFile, vocabularyPath, models, cancellationToken);
        EmbeddingWorkerProcess[] workers = [baseline, candidate];

        // Per model, one intro and a batch on 1 and 2 threads, each through both bindings; the first row of each model
        // (the old binding, one intro, one thread) is that model's baseline.
        var configurations = (
            from model in Enumerable.Range(0, models.Length)
            from shape in new[] { (Intros: 1, Threads: 1), (Intros: 1, Threads: 2), (Intros: options.BatchSize, Threads: 1), (Intros: options.BatchSize, Threads: 2) }
            from worker in workers
            select (Model: model, shape.Intros, shape.Threads, Worker: worker)).ToList();
        await Console.Error.WriteLineAsync(
            $"{options.Runs} rounds of {configurations.Count} configurations after {options.Warmup} warm-up rounds...");
        var latencies = InterleavedRuns.Measure(
            [.. configurations.Select(c => (Func<double>)(() => c.Worker.Embed(c.Model, c.Threads, c.Intros)))],
            options.Warmup, options.Runs, cancellationToken);
        EmbeddingRow[] rows =
        [
            .. configurations.Select((c, i) => new EmbeddingRow(
                modelNames[c.Model], $"{c.Worker.Build.Name}, ONNX Runtime {c.Worker.RuntimeVersion}", c.Threads, c.Intros, latencies[i])),
        ];

        await Console.Error.WriteLineAsync("Tokenizer: intros one at a time for a second...");
        var tokenizing = TokenizerThroughput.Measure(tokenizer, intros, SampleIntros.MaxTokens, cancellationToken);

        EmbeddingReport.Write(output, options, randomModel, rows, tokenizing);
        return 0;
    }

    // Each intro is longer than the window, so each row is exactly 128 tokens, [CLS] and [SEP] included, no padding.
    private static void RequireFullWindows(WordPieceTokenizer tokenizer, string[] intros)
    {
        var batch = tokenizer.EncodeBatch(intros, SampleIntros.MaxTokens);
        if (batch.SequenceLength != SampleIntros.MaxTokens || batch.AttentionMask.Any(mask => mask == 0))
        {
            throw new InvalidOperationException($"The sample intros should fill all {SampleIntros.MaxTokens} tokens; make them longer.");
        }
    }
}
