using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Embedding;

/// <summary>
/// Times several steps in rounds, each step once a round, after a few unmeasured warm-up rounds (thread pools, arenas
/// and caches). Taking turns spreads a slow spell of the machine — another process, a GC — over every step alike,
/// so the ratios between them hold even when the absolute times drift; every other round runs the steps in reverse,
/// so no step always follows the same neighbour.
/// </summary>
internal static class InterleavedRuns
{
    /// <param name="steps">Each returns its own measurement in milliseconds (a worker process times itself).</param>
    public static LatencySummary[] Measure(IReadOnlyList<Func<double>> steps, int warmup, int runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var milliseconds = steps.Select(_ => new double[runs]).ToArray();
        for (var round = -warmup; round < runs; round++)
        {
            var order = Enumerable.Range(0, steps.Count);
            foreach (var step in round % 2 == 0 ? order : order.Reverse())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var measured = steps[step]();
                if (round >= 0)
                {
                    milliseconds[step][round] = measured;
                }
            }
        }

        return [.. milliseconds.Select(LatencySummary.Of)];
    }
}
