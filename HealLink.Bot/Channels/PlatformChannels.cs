using HealLink.Core.Hosting;
using HealLink.Bot.Channels.LocalConsole;
using HealLink.Bot.Channels.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Bot.Channels;

public static class PlatformChannels
{
    private const string DiscordTokenKey = "Discord:BotToken";

    /// <summary>
    /// The channels this configuration asks for: each platform whose token is set. With none set, the local
    /// console chat, so a fresh clone runs with nothing to configure.
    /// </summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ChannelStatuses>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[DiscordTokenKey]))
        {
            // Refusing beats silently ignoring a token: whoever set it expects the bot to answer on that platform.
            throw new StartupException(
                $"{DiscordTokenKey} is set, but this version of HealLink has no Discord channel yet. Unset it to start.");
        }

        var telegramToken = builder.Configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"];
        return string.IsNullOrWhiteSpace(telegramToken) ? builder.AddLocalConsoleChannel() : builder.AddTelegramChannel();
    }
}
