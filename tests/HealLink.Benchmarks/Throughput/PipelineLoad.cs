using System.Diagnostics;
using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Throughput;

/// <summary>Many people onboarding at once through the real pipeline, the dispatcher running in the background.</summary>
internal static class PipelineLoad
{
    public static Task<PipelineLoadResult> RunAsync(ThroughputOptions options, CancellationToken cancellationToken) => RunAsync(options, encrypted: true, cancellationToken);

    /// <param name="encrypted">Off only to measure what encryption at rest costs.</param>
    public static async Task<PipelineLoadResult> RunAsync(ThroughputOptions options, bool encrypted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        await using var pipeline = await BenchmarkPipeline.StartAsync(encrypted, cancellationToken);
        using var stopDispatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopPeople = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var dispatching = DispatchLoop.RunOrStopAsync(pipeline, stopPeople, stopDispatching.Token);

        PipelineLoadResult result;
        try
        {
            await RunPeopleAsync(pipeline, "warmup", options.Warmup, options.Parallel, new LatencyRecorder(), stopPeople.Token);
            var latencies = new LatencyRecorder();
            var started = Stopwatch.GetTimestamp();
            var replies = await RunPeopleAsync(pipeline, "person", options.People, options.Parallel, latencies, stopPeople.Token);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var summary = latencies.Summarize();
            result = new PipelineLoadResult(new LoadMeasurement(summary.Count, elapsed, summary), replies);
        }
        finally
        {
            await stopDispatching.CancelAsync();
            await dispatching;
        }

        await OnboardingCheck.VerifyAsync(pipeline, options.People + options.Warmup, cancellationToken);
        return result;
    }

    private static async Task<int> RunPeopleAsync(
        BenchmarkPipeline pipeline,
        string prefix,
        int count,
        int parallel,
        LatencyRecorder latencies,
        CancellationToken cancellationToken)
    {
        var replies = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(1, count),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
            async (number, token) =>
            {
                var received = await OnboardingDriver.RunAsync(pipeline, new ScriptedPerson($"{prefix}-{number}"), latencies, token);
                Interlocked.Add(ref replies, received);
            });
        return replies;
    }
}

/// <param name="Messages">Inbound messages: how many, in what time, and each one's latency to its last reply.</param>
/// <param name="Replies">Replies delivered for them.</param>
internal sealed record PipelineLoadResult(LoadMeasurement Messages, int Replies);
