using HealLink.Benchmarks.Shared;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Benchmarks.Throughput;

/// <summary>The load command: the pipeline under many concurrent onboardings, then the bare-commit baseline.</summary>
internal static class ThroughputCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken) =>
        CommandFrame.RunAsync(args, ThroughputOptions.Parse, (options, token) => RunAsync(options, output, token), cancellationToken);

    private static async Task<int> RunAsync(ThroughputOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        // Progress goes to stderr, so stdout is only the report.
        await Console.Error.WriteLineAsync($"Pipeline: {options.People} people onboarding, {options.Parallel} at a time...");
        var pipeline = await PipelineLoad.RunAsync(options, cancellationToken);

        await Console.Error.WriteLineAsync($"Baseline: {pipeline.Messages.Operations} bare commits, alone and {options.Parallel} at a time...");
        var warmupCommits = options.Warmup * Scripts.MenteeByButtons.Count;
        var bare = await BareCommitLoad.RunAsync(pipeline.Messages.Operations, options.Parallel, warmupCommits, cancellationToken);

        ThroughputReport.Write(output, options, pipeline, bare);
        return 0;
    }
}
