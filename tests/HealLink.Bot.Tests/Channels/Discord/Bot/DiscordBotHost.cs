using HealLink.Core.Storage;
using HealLink.FakeDiscord;
using HealLink.Core.Messaging;
using HealLink.Core.Tests.Storage;
using Microsoft.Extensions.Hosting;

namespace HealLink.Bot.Tests.Channels.Discord.Bot;

/// <summary>
/// The whole bot, composed as Program composes it, on Discord only: our Gateway and REST clients talking to a
/// <see cref="FakeDiscordServer"/> over a real WebSocket and HTTP, on a real database (<see cref="TestDatabase"/>).
/// </summary>
internal sealed class DiscordBotHost : IAsyncDisposable
{
    private readonly IHost _host;

    private readonly BotDatabase _database;

    /// <summary>The bot's database, read from outside.</summary>
    public BotDatabase Database => _database;

    private DiscordBotHost(IHost host, TestDatabase database)
    {
        _host = host;
        _database = new BotDatabase(database);
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>Settings that keep tests quick: fast outbox polls and retries.</summary>
    public static string[] Settings(FakeDiscordServer discord, TestDatabase database, params string[] more) =>
    [
        .. database.Arguments,
        $"--Discord:BotToken={discord.Token}",
        $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}",
        $"--Discord:GatewayUrl={discord.GatewayUrl}",
        "--Outbox:FirstRetryDelay=00:00:00.050",
        "--Outbox:PollInterval=00:00:00.100",
        "--Logging:LogLevel:Default=Warning",
        .. more,
    ];

    public static async Task<DiscordBotHost> StartAsync(FakeDiscordServer discord, TestDatabase database, params string[] more)
    {
        var builder = BotHost.CreateBuilder(Settings(discord, database, more));
        var host = builder.Build();
        await host.Services.MigrateHealLinkDatabaseAsync();
        await host.StartAsync();
        return new DiscordBotHost(host, database);
    }

    /// <summary>Waits until the update is committed and every reply to anyone has left the outbox.</summary>
    public Task WaitUntilHandledAsync(string updateId, TimeSpan? timeout = null) =>
        _database.WaitUntilHandledAsync(Platform.Discord, updateId, timeout);

    public Task<long> ScalarAsync(string sql) => _database.ScalarAsync(sql);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
