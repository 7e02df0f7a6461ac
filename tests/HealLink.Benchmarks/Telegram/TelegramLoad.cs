using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// One scenario: the real bot against a fake Telegram that enforces the same limits the bot is configured with. A few
/// people warm it up first; then the whole crowd's updates are queued at once and followed until every one is
/// committed and every reply accepted by the fake.
/// </summary>
internal static class TelegramLoad
{
    private const int WarmupPeople = 5;

    // Each side's global bucket holds one second's worth: after this long without sending, both are full again.
    private static readonly TimeSpan _refill = TimeSpan.FromSeconds(1.5);

    public static async Task<TelegramLoadResult> RunAsync(
        TelegramLoadOptions options, RateLimitScenario scenario, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenario);
        await using var telegram = await FakeTelegramServer.StartAsync();
        scenario.EnforceAt(telegram);
        await using var bot = await TelegramBot.StartAsync(telegram, scenario, cancellationToken);
        using var probe = new BotDatabaseProbe(bot.DatabasePath);
        await telegram.WaitUntilAsync(() => telegram.IsLongPolling, TimeSpan.FromSeconds(30));

        // The first updates pay for JIT compilation and EF Core's model and query caches; they are not measured.
        var warmup = new TelegramCrowd(telegram, WarmupPeople);
        await CommitWatcher.WaitForAllAsync(probe, warmup.Enqueue(options.MessagesPerPerson), cancellationToken);
        await OutboxDrain.WaitAsync(probe, cancellationToken);
        await Task.Delay(_refill, cancellationToken);

        var crowd = new TelegramCrowd(telegram, options.People);
        var batchStartedAt = TimeProvider.System.GetUtcNow();
        var commits = await CommitWatcher.WaitForAllAsync(probe, crowd.Enqueue(options.MessagesPerPerson), cancellationToken);
        var outbox = await OutboxDrain.WaitAsync(probe, cancellationToken);

        var calls = telegram.Calls;
        var sent = SendingMeasurement.Of(calls, crowd.ChatIds, scenario);
        var accepted = calls.Count(c => c.Method == "sendmessage" && c.StatusCode == 200);
        return new TelegramLoadResult(
            scenario,
            commits,
            sent,
            sent.FirstAt + sent.Window - batchStartedAt,
            telegram.TooManyRequestsAnswered,
            outbox,
            accepted);
    }
}
