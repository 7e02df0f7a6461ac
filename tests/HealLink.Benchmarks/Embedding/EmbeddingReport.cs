using System.Runtime.InteropServices;
using HealLink.Benchmarks.Shared;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Embedding;

/// <summary>The embedding run's figures as Markdown, ready to paste into the README.</summary>
internal static class EmbeddingReport
{
    public static void Write(
        TextWriter output,
        EmbeddingOptions options,
        RandomMiniLmFile model,
        TimeSpan loadTime,
        IReadOnlyList<EmbeddingRow> rows,
        TokenizerThroughput tokenizer,
        string onnxRuntimeVersion)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var baseline = rows[0].PerIntroP50;

        output.WriteLine("### Embedding latency: all-MiniLM-L6-v2's shape, 128-token intros");
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"A random-weight ONNX graph with all-MiniLM-L6-v2's exact architecture and shapes ({model.ParameterCount:#,0} parameters, {model.Bytes / 1e6:0.0} MB,"),
            Text($"written in {model.WriteTime.TotalSeconds:0.0} s and loaded in {loadTime.TotalSeconds:0.00} s), run through our MiniLM embedder (tokenizing, ONNX Runtime {onnxRuntimeVersion} through our binding, masked mean pooling);"),
            Text($"each intro exactly {SampleIntros.MaxTokens} tokens, [CLS] and [SEP] included. {options.Warmup} warm-up rounds, then {options.Runs} timed rounds, each running every row once in turn."),
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            "× = per-intro p50 ÷ the p50 of one intro on 1 thread, measured in the same run."));
        output.WriteLine();
        output.WriteLine("| intros a run | intra-op threads | p50 ms | p90 ms | mean ms | per intro (p50) ms | × |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var latency = row.Latency;
            output.WriteLine(Text(
                $"| {row.IntrosPerRun} | {row.Threads} | {Number(latency.P50)} | {Number(latency.P90)} | {Number(latency.Mean)} | {Number(row.PerIntroP50)} | {Ratio(row.PerIntroP50, baseline)} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"Tokenizer, one intro at a time on one thread: {tokenizer.IntrosPerSecond:#,0} intros/s, {tokenizer.TokensPerSecond:#,0} tokens/s;"),
            Text($"{tokenizer.MillisecondsPerIntro * 1_000:0.0} µs an intro, {Ratio(tokenizer.MillisecondsPerIntro, baseline)} the baseline.")));
    }
}
