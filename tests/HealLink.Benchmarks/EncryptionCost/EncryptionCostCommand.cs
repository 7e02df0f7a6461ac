using HealLink.Benchmarks.Relay;
using HealLink.Benchmarks.Shared;
using HealLink.Benchmarks.Throughput;

namespace HealLink.Benchmarks.EncryptionCost;

/// <summary>
/// The encryption command: the throughput (onboarding) and relay loads with encryption at rest off and on, in the same
/// run, the order alternating each round so neither side always runs on a warmer machine.
/// </summary>
internal static class EncryptionCostCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, EncryptionCostOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(EncryptionCostOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var onboarding = new ThroughputOptions(options.People, options.Parallel, Warmup: 5);
        var relay = new RelayOptions(options.Conversations, options.Messages, options.Parallel, Warmup: 5);
        var results = new EncryptionCostResults();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var encrypted in round % 2 == 1 ? [false, true] : new[] { true, false })
            {
                // Progress goes to stderr, so stdout is only the report.
                await Console.Error.WriteLineAsync($"Round {round}: encryption {(encrypted ? "on" : "off")}...");
                results.Onboarding(encrypted).Add((await PipelineLoad.RunAsync(onboarding, encrypted, cancellationToken)).Messages);
                results.Relay(encrypted).Add(await RelayLoad.RunAsync(relay, encrypted, cancellationToken));
            }
        }

        EncryptionCostReport.Write(output, options, results, CipherCost.MicrosecondsPerValue());
        return 0;
    }
}
