using System.Runtime.InteropServices;
using HealLink.Benchmarks.Shared;
using HealLink.Benchmarks.Throughput;
using static HealLink.Benchmarks.Shared.ReportFormat;

namespace HealLink.Benchmarks.Relay;

/// <summary>The relay run's figures as Markdown, ready to paste into the README.</summary>
internal static class RelayReport
{
    public static void Write(TextWriter output, RelayOptions options, LoadMeasurement relay, BareCommitResult bare)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(relay);
        ArgumentNullException.ThrowIfNull(bare);
        var (sequential, parallel) = (bare.Sequential, bare.Parallel);

        output.WriteLine(Text($"### Relay on SQLite: {options.Conversations} conversations, {options.Parallel} at a time"));
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"{relay.Operations} messages relayed in {relay.Elapsed.TotalSeconds:0.0} s after {options.Warmup} a conversation to warm up."),
            Text($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}."),
            "Latency: from the start of processing a message to the delivery of its copy to the other person.",
            "Baseline: one transaction inserting one small row, on a fresh file with the same pragmas; × = relay ÷ baseline."));
        output.WriteLine();
        output.WriteLine(Text($"| | relay | bare commit, 1 at a time | × | bare commit, {options.Parallel} at a time | × |"));
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        BaselineRow.Write(output, "relayed messages/s", relay.PerSecond, sequential.PerSecond, parallel.PerSecond);
        BaselineRow.Write(output, "p50 ms", relay.Latency.P50, sequential.Latency.P50, parallel.Latency.P50);
        BaselineRow.Write(output, "p90 ms", relay.Latency.P90, sequential.Latency.P90, parallel.Latency.P90);
        BaselineRow.Write(output, "p99 ms", relay.Latency.P99, sequential.Latency.P99, parallel.Latency.P99);
        BaselineRow.Write(output, "max ms", relay.Latency.Max, sequential.Latency.Max, parallel.Latency.Max);
        output.WriteLine();
        output.WriteLine(string.Join(
            ' ',
            Text($"Relay p50 = {Ratio(relay.Latency.P50, sequential.Latency.P50)} a bare commit made alone,"),
            Text($"{Ratio(relay.Latency.P50, parallel.Latency.P50)} one made {options.Parallel} at a time."),
            Text($"Bare commits alone run {Ratio(sequential.PerSecond, relay.PerSecond)} as many per second as the pipeline relays messages."),
            "Each relayed message is three commits: its own transaction (receipt, kept copy, outbox row), the claim on",
            "the outbox row, and the record that it was sent."));
    }
}
