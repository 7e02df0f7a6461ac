using System.Diagnostics;
using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// Times several steps in rounds, each step once a round, after a few unmeasured warm-up rounds (thread pools, arenas
/// and caches). Taking turns spreads a slow spell of the machine — another process, a GC — over every step alike,
/// so the ratios between them hold even when the absolute times drift.
/// </summary>
internal static class InterleavedRuns
{
    public static LatencySummary[] Measure(IReadOnlyList<Action> steps, int warmup, int runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var milliseconds = steps.Select(_ => new double[runs]).ToArray();
        for (var round = -warmup; round < runs; round++)
        {
            for (var step = 0; step < steps.Count; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                steps[step]();
                if (round >= 0)
                {
                    milliseconds[step][round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }
        }

        return [.. milliseconds.Select(LatencySummary.Of)];
    }
}
