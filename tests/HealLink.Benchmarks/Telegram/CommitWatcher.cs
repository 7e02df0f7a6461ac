using System.Diagnostics;
using HealLink.Benchmarks.Shared;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// Watches updates get committed: each one's latency runs from its enqueueing at the fake to the first look at the
/// database that finds its receipt, so it is late by at most one look (<see cref="LookEvery"/> plus the query).
/// </summary>
internal static class CommitWatcher
{
    public static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(5);

    /// <summary>A run in which nothing moves for this long is stuck, not slow.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(30);

    /// <param name="enqueuedAt">Each update id with the <see cref="Stopwatch"/> reading taken when it was enqueued.</param>
    /// <returns>The updates, from the first enqueued to the last committed, and each one's latency.</returns>
    public static Task<LoadMeasurement> WaitForAllAsync(
        BotDatabaseProbe probe, IReadOnlyDictionary<long, long> enqueuedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(enqueuedAt);

        // A thread of its own: the bot runs long synchronous stretches (SQLite) on the thread pool, and a look
        // queued behind them was seen to come hundreds of milliseconds late, making every latency one figure.
        return Task.Factory.StartNew(
            () => WaitForAll(probe, enqueuedAt, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    private static LoadMeasurement WaitForAll(
        BotDatabaseProbe probe, IReadOnlyDictionary<long, long> enqueuedAt, CancellationToken cancellationToken)
    {
        var latencies = new LatencyRecorder();
        var waiting = enqueuedAt.Keys.ToHashSet();
        var lastProgress = Stopwatch.GetTimestamp();
        var lastCommit = lastProgress;
        while (waiting.Count > 0)
        {
            // Sleeps like Thread.Sleep, but wakes at once when cancelled.
            cancellationToken.WaitHandle.WaitOne(LookEvery);
            cancellationToken.ThrowIfCancellationRequested();
            var committed = probe.NewReceipts();
            var now = Stopwatch.GetTimestamp();
            foreach (var updateId in committed)
            {
                // Receipts of updates from before the batch (the warm-up) are not waited for.
                if (waiting.Remove(updateId))
                {
                    latencies.Record(enqueuedAt[updateId], now);
                    lastProgress = lastCommit = now;
                }
            }

            if (Stopwatch.GetElapsedTime(lastProgress) > StallLimit)
            {
                throw new TimeoutException($"{waiting.Count} of {enqueuedAt.Count} updates were not committed; none for {StallLimit.TotalSeconds} s.");
            }
        }

        return new LoadMeasurement(enqueuedAt.Count, Stopwatch.GetElapsedTime(enqueuedAt.Values.Min(), lastCommit), latencies.Summarize());
    }
}
