using HealLink.Core.Tests.Storage;
using HealLink.FakeTelegram;

namespace HealLink.Admin.Tests.Browser;

/// <summary>
/// The service as a coordinator meets it, with nothing simulated but Telegram: the real bot process long-polling a
/// fake Bot API server, the real panel process on the same database, and a headless Chromium to drive it.
/// </summary>
internal sealed class RunningService : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private RunningService(TestDatabase database, FakeTelegramServer telegram, BotProcess bot, PanelProcess panel, Chromium chromium)
    {
        _database = database;
        Telegram = telegram;
        Bot = bot;
        Panel = panel;
        Chromium = chromium;
    }

    public FakeTelegramServer Telegram { get; }

    public BotProcess Bot { get; }

    public PanelProcess Panel { get; }

    public Chromium Chromium { get; }

    /// <param name="botSettings">More <c>--Key=value</c> settings for the bot process.</param>
    public static async Task<RunningService> StartAsync(params string[] botSettings)
    {
        var database = new TestDatabase();
        var telegram = await FakeTelegramServer.StartAsync();
        var bot = BotProcess.Start(telegram, database, botSettings);
        await telegram.WaitUntilAsync(() => telegram.IsLongPolling, TimeSpan.FromSeconds(60));
        var panel = await PanelProcess.StartAsync(database);
        return new RunningService(database, telegram, bot, panel, await Chromium.LaunchAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await Panel.DisposeAsync();
        await Bot.DisposeAsync();
        await Telegram.DisposeAsync();
        _database.Dispose();
    }
}
