using HealLink.Bot.Channels.LocalConsole;

namespace HealLink.Bot.Channels;

public static class PlatformChannels
{
    private static readonly (string Key, string Platform)[] _tokens =
    [
        ("Telegram:BotToken", "Telegram"),
        ("Discord:BotToken", "Discord"),
    ];

    /// <summary>
    /// The channels this configuration asks for. With no platform token set, that is the local console chat, so
    /// a fresh clone runs with nothing to configure.
    /// </summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configured = _tokens.Where(t => !string.IsNullOrWhiteSpace(builder.Configuration[t.Key])).ToList();
        if (configured.Count > 0)
        {
            // Refusing beats silently ignoring a token: whoever set it expects the bot to answer on that platform.
            var (key, platform) = configured[0];
            throw new StartupException(
                $"{key} is set, but this version of HealLink has no {platform} channel yet. "
                + "Unset it to chat with HealLink in this terminal.");
        }

        return builder.AddLocalConsoleChannel();
    }
}
