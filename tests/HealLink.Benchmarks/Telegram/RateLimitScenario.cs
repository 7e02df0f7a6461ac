using System.Globalization;
using HealLink.FakeTelegram;

namespace HealLink.Benchmarks.Telegram;

/// <summary>
/// Rate limits given to both sides: the bot is configured with them and the fake enforces them, so any 429 the fake
/// answers means the bot's own limiter let through more than it was told to.
/// </summary>
internal sealed record RateLimitScenario(string Name, double PerChatPerSecond, int PerChatBurst, double GlobalPerSecond)
{
    /// <summary>Telegram's documented limits: about one message a second per chat with short bursts, 30 a second overall.</summary>
    public static RateLimitScenario Real { get; } = new("real limits", 1, 3, 30);

    /// <summary>
    /// The highest the bot's options validation accepts (per chat 30/s, burst 30; overall 1000/s): far above what a
    /// run sends, so what shows is the pipeline itself, through HTTP.
    /// </summary>
    public static RateLimitScenario Raised { get; } = new("limits raised", 30, 30, 1000);

    /// <summary>Both the bot and the fake let one second's worth go at once.</summary>
    public double GlobalBurst => Math.Max(1, Math.Ceiling(GlobalPerSecond));

    public IEnumerable<string> BotSettings() =>
    [
        Setting("PerChatMessagesPerSecond", PerChatPerSecond),
        Setting("PerChatBurst", PerChatBurst),
        Setting("GlobalMessagesPerSecond", GlobalPerSecond),
    ];

    public void EnforceAt(FakeTelegramServer telegram)
    {
        ArgumentNullException.ThrowIfNull(telegram);
        telegram.EnforceRateLimits(PerChatPerSecond, PerChatBurst, GlobalPerSecond);
    }

    private static string Setting(string name, double value) =>
        string.Create(CultureInfo.InvariantCulture, $"--Telegram:{name}={value}");
}
