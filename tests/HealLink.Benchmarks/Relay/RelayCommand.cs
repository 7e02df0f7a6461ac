using HealLink.Benchmarks.Shared;
using HealLink.Benchmarks.Throughput;

namespace HealLink.Benchmarks.Relay;

/// <summary>The relay command: open conversations relaying through the pipeline, then the bare-commit baseline.</summary>
internal static class RelayCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, RelayOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(RelayOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        // Progress goes to stderr, so stdout is only the report.
        await Console.Error.WriteLineAsync(
            $"Relay: {options.Conversations} conversations, {options.Messages} messages each, {options.Parallel} at a time...");
        var relay = await RelayLoad.RunAsync(options, cancellationToken);

        await Console.Error.WriteLineAsync($"Baseline: {relay.Operations} bare commits, alone and {options.Parallel} at a time...");
        var bare = await BareCommitLoad.RunAsync(relay.Operations, options.Parallel, options.Warmup * options.Conversations, cancellationToken);

        RelayReport.Write(output, options, relay, bare);
        return 0;
    }
}
