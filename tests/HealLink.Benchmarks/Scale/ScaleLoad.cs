using System.Collections.Concurrent;
using System.Diagnostics;
using HealLink.Core.Storage;

namespace HealLink.Benchmarks.Scale;

/// <summary>
/// One row, one round: a fresh cluster, every conversation talking at once (warm-up first, untimed, so every process
/// has compiled its paths and filled its caches), then the timed messages, then a check that the work was done.
/// </summary>
internal static class ScaleLoad
{
    private static readonly TimeSpan _recordPatience = TimeSpan.FromSeconds(30);

    public static async Task<ScaleRun> RunAsync(
        ScaleSetup setup, ScaleOptions options, PostgresServer? server, string encryptionKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(options);
        await using var cluster = await ScaleCluster.StartAsync(setup, options, server, encryptionKey, cancellationToken);
        await TalkAsync(cluster, "warm-up", options.Warmup, new ConcurrentQueue<double>(), cancellationToken);

        // A copy can reach the fake before the webhook's answer reaches the front: count the warm-up's answers all in.
        var handledBefore = await AnsweredAsync(cluster, options.Conversations * options.Warmup, cancellationToken);
        var cpuBefore = BotCpu(cluster);
        var machineBefore = MachineCpu.Now();
        var sampler = setup.Provider == DatabaseProvider.Postgres
            ? LockWaitSampler.Start(cluster.Database.ConnectionString, cluster.Database.Name!)
            : null;
        var latencies = new ConcurrentQueue<double>();
        var clock = Stopwatch.StartNew();
        LockWaits? waits;
        try
        {
            await TalkAsync(cluster, "timed", options.Messages, latencies, cancellationToken);
        }
        finally
        {
            waits = sampler is null ? null : await sampler.StopAsync();
            if (sampler is not null)
            {
                await sampler.DisposeAsync();
            }
        }

        var elapsed = clock.Elapsed;
        var machineBusy = MachineCpu.Now().BusySince(machineBefore);
        var botCpu = BotCpu(cluster) - cpuBefore;
        var handledAfter = await AnsweredAsync(cluster, options.Conversations * (options.Warmup + options.Messages), cancellationToken);
        var handled = handledAfter.Zip(handledBefore, (after, before) => after - before).ToList();
        await VerifyAsync(cluster, options, cancellationToken);
        return new ScaleRun(setup, latencies.Count, elapsed, [.. latencies], handled, botCpu, machineBusy, waits, cluster.Telegram.TooManyRequestsAnswered);
    }

    private static Task TalkAsync(ScaleCluster cluster, string phase, int messages, ConcurrentQueue<double> latencies, CancellationToken cancellationToken) =>
        Task.WhenAll(cluster.Conversations.Select(c => ScaleDriver.RunAsync(cluster, c, phase, messages, latencies, cancellationToken)));

    /// <summary>Each process's count of updates answered, once they add up to <paramref name="updates"/>.</summary>
    private static async Task<IReadOnlyList<int>> AnsweredAsync(ScaleCluster cluster, int updates, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (cluster.Front.Handled.Sum() < updates && clock.Elapsed < _recordPatience)
        {
            await Task.Delay(10, cancellationToken);
        }

        return cluster.Front.Handled;
    }

    private static TimeSpan BotCpu(ScaleCluster cluster) => cluster.Bots.Aggregate(TimeSpan.Zero, (sum, bot) => sum + bot.CpuTime);

    /// <summary>Figures from a run that did not do the work are worthless: every message kept once, every copy sent once.</summary>
    private static async Task VerifyAsync(ScaleCluster cluster, ScaleOptions options, CancellationToken cancellationToken)
    {
        var expected = options.Conversations * (options.Warmup + options.Messages);
        var clock = Stopwatch.StartNew();
        var (relayed, unsent) = await cluster.Database.CountAsync(cancellationToken);

        // A copy arrives before the commit recording it sent; give those commits their moment.
        while (unsent > 0 && clock.Elapsed < _recordPatience)
        {
            await Task.Delay(50, cancellationToken);
            (relayed, unsent) = await cluster.Database.CountAsync(cancellationToken);
        }

        if (relayed != expected || unsent != 0 || cluster.Copies.Unexpected != 0)
        {
            throw new InvalidOperationException(
                $"The run did not do its work: {relayed} of {expected} messages relayed, {unsent} outbox rows not sent, " +
                $"{cluster.Copies.Unexpected} sends nobody waited for (repeats?). {cluster.Describe()}");
        }
    }
}
