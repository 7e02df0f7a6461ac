using System.Runtime.InteropServices;
using HealLink.Benchmarks.Shared;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Throughput;

/// <summary>The load run's figures as Markdown, ready to paste into the README.</summary>
internal static class ThroughputReport
{
    public static void Write(TextWriter output, ThroughputOptions options, PipelineLoadResult pipeline, BareCommitResult bare)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(bare);
        var messages = pipeline.Messages;
        var (sequential, parallel) = (bare.Sequential, bare.Parallel);

        output.WriteLine(Text($"### Message pipeline on SQLite: {options.People} people onboarding, {options.Parallel} at a time"));
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"{messages.Operations} messages in {messages.Elapsed.TotalSeconds:0.0} s, {pipeline.Replies} replies; {options.Warmup} people warmed up first."),
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            "Latency: from the start of processing a message to the delivery of its last reply.",
            "Baseline: one transaction inserting one small row, on a fresh file with the same pragmas; × = pipeline ÷ baseline."));
        output.WriteLine();
        output.WriteLine(Text($"| | pipeline | bare commit, 1 at a time | × | bare commit, {options.Parallel} at a time | × |"));
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        BaselineRow.Write(output, "messages/s", messages.PerSecond, sequential.PerSecond, parallel.PerSecond);
        output.WriteLine(Text($"| replies/s | {Number(pipeline.Replies / messages.Elapsed.TotalSeconds)} | | | | |"));
        BaselineRow.Write(output, "p50 ms", messages.Latency.P50, sequential.Latency.P50, parallel.Latency.P50);
        BaselineRow.Write(output, "p90 ms", messages.Latency.P90, sequential.Latency.P90, parallel.Latency.P90);
        BaselineRow.Write(output, "p99 ms", messages.Latency.P99, sequential.Latency.P99, parallel.Latency.P99);
        BaselineRow.Write(output, "max ms", messages.Latency.Max, sequential.Latency.Max, parallel.Latency.Max);
        output.WriteLine();

        var repliesPerMessage = (double)pipeline.Replies / messages.Operations;
        output.WriteLine(string.Join(
            ' ',
            Text($"Pipeline p50 = {Ratio(messages.Latency.P50, sequential.Latency.P50)} a bare commit made alone,"),
            Text($"{Ratio(messages.Latency.P50, parallel.Latency.P50)} one made {options.Parallel} at a time."),
            Text($"Bare commits alone run {Ratio(sequential.PerSecond, messages.PerSecond)} as many per second as the pipeline handles messages."),
            Text($"Each message is {1 + repliesPerMessage:0.0} commits: its own transaction, then one per reply ({repliesPerMessage:0.0}) marked sent.")));
    }
}
