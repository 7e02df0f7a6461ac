using System.Diagnostics;

namespace HealLink.Benchmarks.Telegram;

/// <summary>Waits until the bot's outbox holds nothing left to send.</summary>
internal static class OutboxDrain
{
    private static readonly TimeSpan _lookEvery = TimeSpan.FromMilliseconds(20);

    public static async Task<OutboxCounts> WaitAsync(BotDatabaseProbe probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        var counts = probe.Outbox();
        var lastProgress = Stopwatch.GetTimestamp();
        while (counts.Pending > 0)
        {
            await Task.Delay(_lookEvery, cancellationToken);
            var now = probe.Outbox();
            if (now != counts)
            {
                lastProgress = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(lastProgress) > CommitWatcher.StallLimit)
            {
                throw new TimeoutException($"{now.Pending} outbox messages were not sent; none for {CommitWatcher.StallLimit.TotalSeconds} s.");
            }

            counts = now;
        }

        return counts;
    }
}
