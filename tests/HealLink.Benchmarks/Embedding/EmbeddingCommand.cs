using System.Diagnostics;
using HealLink.Benchmarks.Shared;
using HealLink.Core.Matching.Embeddings.MiniLm;
using HealLink.Core.Matching.Embeddings.Tokenization;
using HealLink.Core.Tests;

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
        var vocabularyPath = SharedModels.Path("all-MiniLM-L6-v2", "vocab.txt");
        var tokenizer = new WordPieceTokenizer(WordPieceVocabulary.Load(vocabularyPath));
        string[] intros = [.. Enumerable.Range(0, options.BatchSize).Select(SampleIntros.Intro)];
        RequireFullWindows(tokenizer, intros);

        // Progress goes to stderr, so stdout is only the report.
        await Console.Error.WriteLineAsync("Writing the random MiniLM-shaped model...");
        using var model = RandomMiniLmFile.Write();
        MiniLmEmbedder Load(int threads) => MiniLmEmbedder.Load(new Core.Matching.Embeddings.MiniLm.EmbeddingOptions
        {
            ModelPath = model.FilePath,
            VocabularyPath = vocabularyPath,
            IntraOpThreads = threads,
            MaxTokens = SampleIntros.MaxTokens,
            BatchSize = options.BatchSize,
        });

        var loadStart = Stopwatch.GetTimestamp();
        using var oneThread = Load(1);
        var loadTime = Stopwatch.GetElapsedTime(loadStart);
        using var twoThreads = Load(2);

        // The first is the baseline every ratio divides by.
        (MiniLmEmbedder Embedder, int Threads, string[] Intros)[] configurations =
            [(oneThread, 1, intros[..1]), (twoThreads, 2, intros[..1]), (oneThread, 1, intros), (twoThreads, 2, intros)];
        await Console.Error.WriteLineAsync(
            $"{options.Runs} rounds of 1 intro and of {options.BatchSize}, on 1 and on 2 threads, after {options.Warmup} warm-up rounds...");
        var latencies = InterleavedRuns.Measure(
            [.. configurations.Select(c => (Action)(() => EmbeddingStep.Embed(c.Embedder, c.Intros)))],
            options.Warmup, options.Runs, cancellationToken);
        EmbeddingRow[] rows = [.. configurations.Select((c, i) => new EmbeddingRow(c.Threads, c.Intros.Length, latencies[i]))];

        await Console.Error.WriteLineAsync("Tokenizer: intros one at a time for a second...");
        var tokenizing = TokenizerThroughput.Measure(tokenizer, intros, SampleIntros.MaxTokens, cancellationToken);

        EmbeddingReport.Write(output, options, model, loadTime, rows, tokenizing, MiniLmEmbedder.RuntimeVersion);
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
