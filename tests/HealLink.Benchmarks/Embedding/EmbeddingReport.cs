using System.Runtime.InteropServices;
using HealLink.Benchmarks.Shared;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Embedding;

/// <summary>The embedding run's figures as Markdown, ready to paste into the README.</summary>
internal static class EmbeddingReport
{
    public static void Write(
        TextWriter output, EmbeddingOptions options, RandomMiniLmFile model, IReadOnlyList<EmbeddingRow> rows, TokenizerThroughput tokenizer)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(tokenizer);

        output.WriteLine("### Embedding latency: 128-token intros, ONNX Runtime's package against our former binding");
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"Through the MiniLM embedder (tokenizing, the run, masked mean pooling), each binding in a worker process of its own, timed inside it;"),
            Text($"the random MiniLM-shaped model has {model.ParameterCount:#,0} parameters ({model.Bytes / 1e6:0.0} MB). Each intro is exactly {SampleIntros.MaxTokens} tokens."),
            Text($"{options.Warmup} warm-up rounds, then {options.Runs} timed rounds, each running every row once in turn (every other round in reverse)."),
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            "× = per-intro p50 ÷ the p50 of one intro on 1 thread through our former binding, on the same model, in the same run;",
            "new ÷ old = this row's p50 ÷ the same configuration's through our former binding."));
        foreach (var group in rows.GroupBy(row => row.Model))
        {
            var modelRows = group.ToList();
            var baseline = modelRows[0].PerIntroP50;
            output.WriteLine();
            output.WriteLine($"**{group.Key}**");
            output.WriteLine();
            output.WriteLine("| binding | intros a run | intra-op threads | p50 ms | p90 ms | per intro (p50) ms | × | new ÷ old |");
            output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var row in modelRows)
            {
                var old = modelRows.First(other => other.Threads == row.Threads && other.IntrosPerRun == row.IntrosPerRun);
                var latency = row.Latency;
                output.WriteLine(Text(
                    $"| {row.Binding} | {row.IntrosPerRun} | {row.Threads} | {Number(latency.P50)} | {Number(latency.P90)} | {Number(row.PerIntroP50)} | {Ratio(row.PerIntroP50, baseline)} | {Ratio(latency.P50, old.Latency.P50)} |"));
            }
        }

        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"Tokenizer, one intro at a time on one thread: {tokenizer.IntrosPerSecond:#,0} intros/s, {tokenizer.TokensPerSecond:#,0} tokens/s;"),
            Text($"{tokenizer.MillisecondsPerIntro * 1_000:0.0} µs an intro, {Ratio(tokenizer.MillisecondsPerIntro, rows[0].PerIntroP50)} the baseline.")));
    }
}
