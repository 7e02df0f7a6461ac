using HealLink.Core.Tests.Storage;
using HealLink.FakeTelegram;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>A fake Bot API server and a database (SQLite, or PostgreSQL on the suite's PostgreSQL leg), new for every test.</summary>
public abstract class TelegramTestBase : IAsyncLifetime
{
    private FakeTelegramServer? _telegram;

    internal FakeTelegramServer Telegram => _telegram ?? throw new InvalidOperationException("Not started");

    internal TestDatabase Database { get; } = new();

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await Telegram.DisposeAsync();
        Database.Dispose();
    }
}
