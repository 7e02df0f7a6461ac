using System.Collections.Concurrent;
using System.Diagnostics;
using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Throughput;

/// <summary>The baseline: as many bare one-row commits as the pipeline handled messages, one at a time and in parallel.</summary>
internal static class BareCommitLoad
{
    public static async Task<BareCommitResult> RunAsync(int commits, int parallel, int warmup, CancellationToken cancellationToken)
    {
        await using var store = await BareCommitStore.CreateAsync(cancellationToken);
        if (warmup > 0)
        {
            await MeasureAsync(store, warmup, parallel, cancellationToken);
        }

        var sequential = await MeasureAsync(store, commits, 1, cancellationToken);
        var concurrent = await MeasureAsync(store, commits, parallel, cancellationToken);
        return new BareCommitResult(sequential, concurrent);
    }

    /// <summary>Workers as many as the parallelism, each with a connection of its own, as the pipeline's people have.</summary>
    private static async Task<LoadMeasurement> MeasureAsync(BareCommitStore store, int commits, int parallel, CancellationToken cancellationToken)
    {
        var writers = new ConcurrentBag<BareCommitWriter>();
        for (var i = 0; i < Math.Min(parallel, commits); i++)
        {
            writers.Add(await store.OpenWriterAsync(cancellationToken));
        }

        try
        {
            var latencies = new LatencyRecorder();
            var started = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(
                Enumerable.Range(0, commits),
                new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                async (_, token) =>
                {
                    // As many writers as workers, so one is always free.
                    if (!writers.TryTake(out var writer))
                    {
                        throw new InvalidOperationException("More workers than writers");
                    }

                    try
                    {
                        var commitStarted = Stopwatch.GetTimestamp();
                        await writer.CommitOneAsync(token);
                        latencies.Record(commitStarted, Stopwatch.GetTimestamp());
                    }
                    finally
                    {
                        writers.Add(writer);
                    }
                });
            var elapsed = Stopwatch.GetElapsedTime(started);
            return new LoadMeasurement(commits, elapsed, latencies.Summarize());
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync();
            }
        }
    }
}

internal sealed record BareCommitResult(LoadMeasurement Sequential, LoadMeasurement Parallel);
