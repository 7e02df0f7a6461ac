using HealLink.FakeTelegram;
using Microsoft.Data.Sqlite;

namespace HealLink.Bot.Tests.Channels.Telegram;

/// <summary>A fake Bot API server and a folder for the database, new for every test.</summary>
public abstract class TelegramTestBase : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heallink-telegram-").FullName;
    private FakeTelegramServer? _telegram;

    internal FakeTelegramServer Telegram => _telegram ?? throw new InvalidOperationException("Not started");

    protected string DatabasePath => Path.Combine(_directory, "heallink.db");

    public async Task InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync();

    public async Task DisposeAsync()
    {
        await Telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
