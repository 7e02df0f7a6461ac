using HealLink.Bot.Channels.Telegram;
using HealLink.FakeTelegram;
using HealLink.Core.Storage;
using System.Globalization;
using HealLink.Core.Messaging;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>
/// The whole bot, composed as Program composes it, talking to a <see cref="FakeTelegramServer"/> over HTTP on a
/// real database (<see cref="TestDatabase"/>: SQLite, or PostgreSQL on the suite's PostgreSQL leg). Stopping it is a graceful
/// shutdown; a new one on the same database is a restart.
/// </summary>
internal sealed class TelegramBotHost : IAsyncDisposable
{
    private readonly IHost _host;

    private readonly BotDatabase _database;

    /// <summary>The bot's database, read from outside.</summary>
    public BotDatabase Database => _database;

    private TelegramBotHost(IHost host, TestDatabase database)
    {
        _host = host;
        _database = new BotDatabase(database);
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>Settings that keep tests quick: short polls, fast retries, generous rate limits.</summary>
    public static string[] Settings(FakeTelegramServer telegram, TestDatabase database, params string[] more) =>
    [
        .. database.Arguments,
        $"--Telegram:BotToken={telegram.Token}",
        $"--Telegram:ApiBaseUrl={telegram.BaseUrl}",
        "--Telegram:PollTimeoutSeconds=1",
        "--Telegram:PerChatMessagesPerSecond=30",
        "--Telegram:PerChatBurst=30",
        "--Outbox:FirstRetryDelay=00:00:00.050",
        "--Outbox:PollInterval=00:00:00.100",

        // A process killed mid-send leaves its claim; a restart takes the row over when the claim lapses.
        "--Outbox:ClaimLease=00:00:02",
        "--Logging:LogLevel:Default=Warning",
        .. more,
    ];

    public static async Task<TelegramBotHost> StartAsync(
        FakeTelegramServer telegram,
        TestDatabase database,
        Action<IServiceCollection>? configure = null,
        params string[] more)
    {
        var builder = BotHost.CreateBuilder(Settings(telegram, database, more));
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.MigrateHealLinkDatabaseAsync();
        await host.StartAsync();
        return new TelegramBotHost(host, database);
    }

    public TelegramWebhook Webhook => _host.Services.GetRequiredService<TelegramWebhook>();

    /// <summary>Waits until the update is committed and every reply to anyone has left the outbox.</summary>
    public Task WaitUntilHandledAsync(long updateId, TimeSpan? timeout = null) =>
        _database.WaitUntilHandledAsync(Platform.Telegram, updateId.ToString(CultureInfo.InvariantCulture), timeout);

    public Task<long> ScalarAsync(string sql) => _database.ScalarAsync(sql);

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
