using System.Diagnostics;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Matching.Embeddings.Onnx;
using HealLink.Core.Matching.Embeddings.Tokenization;
using HealLink.Core.Tests;
using HealLink.Core.Tests.Matching.Embeddings.Onnx;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// The embedding command: 128-token intros through a random-weight model of all-MiniLM-L6-v2's shape, one at a time
/// and batched, on 1 and 2 intra-op threads; then the tokenizer alone.
/// </summary>
internal static class EmbeddingCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, EmbeddingOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(EmbeddingOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var tokenizer = new WordPieceTokenizer(WordPieceVocabulary.Load(SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt")));
        string[] intros = [.. Enumerable.Range(0, options.BatchSize).Select(SampleIntros.Intro)];
        var one = FullWindows(tokenizer, intros[..1]);
        var batch = FullWindows(tokenizer, intros);

        // Progress goes to stderr, so stdout is only the report.
        await Console.Error.WriteLineAsync("Writing the random MiniLM-shaped model...");
        using var model = RandomMiniLmFile.Write();
        using var runtime = new OnnxRuntimeLibrary(NativeOnnxRuntime.RequireLibrary());

        var loadStart = Stopwatch.GetTimestamp();
        using var oneThread = runtime.OpenSession(model.FilePath, new OnnxSessionOptions { IntraOpThreads = 1 });
        var loadTime = Stopwatch.GetElapsedTime(loadStart);
        using var twoThreads = runtime.OpenSession(model.FilePath, new OnnxSessionOptions { IntraOpThreads = 2 });

        // The first is the baseline every ratio divides by.
        (OnnxSession Session, int Threads, TokenBatch Intros)[] configurations =
            [(oneThread, 1, one), (twoThreads, 2, one), (oneThread, 1, batch), (twoThreads, 2, batch)];
        await Console.Error.WriteLineAsync(
            $"{options.Runs} rounds of 1 intro and of {options.BatchSize}, on 1 and on 2 threads, after {options.Warmup} warm-up rounds...");
        var latencies = InterleavedRuns.Measure(
            [.. configurations.Select(c => (Action)(() => EmbeddingStep.Embed(c.Session, c.Intros)))],
            options.Warmup, options.Runs, cancellationToken);
        EmbeddingRow[] rows = [.. configurations.Select((c, i) => new EmbeddingRow(c.Threads, c.Intros.BatchSize, latencies[i]))];

        await Console.Error.WriteLineAsync("Tokenizer: intros one at a time for a second...");
        var tokenizing = TokenizerThroughput.Measure(tokenizer, intros, SampleIntros.MaxTokens, cancellationToken);

        EmbeddingReport.Write(output, options, model, loadTime, rows, tokenizing, runtime.Version);
        return 0;
    }

    // Each intro is longer than the window, so each row is exactly 128 tokens, [CLS] and [SEP] included, no padding.
    private static TokenBatch FullWindows(WordPieceTokenizer tokenizer, string[] intros)
    {
        var batch = tokenizer.EncodeBatch(intros, SampleIntros.MaxTokens);
        return batch.SequenceLength == SampleIntros.MaxTokens && batch.AttentionMask.All(mask => mask == 1)
            ? batch
            : throw new InvalidOperationException($"The sample intros should fill all {SampleIntros.MaxTokens} tokens; make them longer.");
    }
}
