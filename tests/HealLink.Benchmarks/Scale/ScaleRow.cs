using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Scale;

/// <summary>One row of the table: its rounds together (messages over their time, latencies pooled).</summary>
internal sealed record ScaleRow(
    ScaleSetup Setup,
    int Messages,
    TimeSpan Elapsed,
    LatencySummary Latency,
    IReadOnlyList<int> UpdatesPerInstance,
    TimeSpan BotCpu,
    double MachineBusy,
    LockWaits? LockWaits,
    int TooManyRequests)
{
    public double PerSecond => Messages / Elapsed.TotalSeconds;

    /// <summary>PostgreSQL only: how long the write lock was held per relayed message, milliseconds (sampled share × time).</summary>
    public double? LockPerMessage => LockWaits is { } waits ? waits.ShareHeld * Elapsed.TotalMilliseconds / Messages : null;

    /// <summary>Bot processes' CPU per relayed message, milliseconds.</summary>
    public double BotCpuPerMessage => BotCpu.TotalMilliseconds / Messages;

    public static ScaleRow Of(IReadOnlyList<ScaleRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var elapsed = runs.Aggregate(TimeSpan.Zero, (sum, run) => sum + run.Elapsed);
        double Weighted(Func<ScaleRun, double> figure) => runs.Sum(run => figure(run) * run.Elapsed.TotalSeconds) / elapsed.TotalSeconds;
        var waits = runs.All(run => run.LockWaits is not null)
            ? new LockWaits(
                Weighted(run => run.LockWaits!.MeanWaiting), Weighted(run => run.LockWaits!.ShareWithWaiters), Weighted(run => run.LockWaits!.ShareHeld))
            : null;
        return new ScaleRow(
            runs[0].Setup,
            runs.Sum(run => run.Messages),
            elapsed,
            LatencySummary.Of([.. runs.SelectMany(run => run.LatenciesMs)]),
            [.. Enumerable.Range(0, runs[0].Setup.Instances).Select(i => runs.Sum(run => run.UpdatesPerInstance[i]))],
            runs.Aggregate(TimeSpan.Zero, (sum, run) => sum + run.BotCpu),
            Weighted(run => run.MachineBusy),
            waits,
            runs.Sum(run => run.TooManyRequests));
    }
}
