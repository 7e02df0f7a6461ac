using HealLink.Bot.Channels.Discord;
using HealLink.Bot.Channels.LocalConsole;
using HealLink.Bot.Channels.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HealLink.Bot.Channels;

public static class PlatformChannels
{
    /// <summary>
    /// The channels this configuration asks for: each platform whose token is set (Telegram and Discord can run side
    /// by side, and people on either talk to each other). With none set, the local console chat, so a fresh clone
    /// runs with nothing to configure.
    /// </summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<ChannelStatuses>();
        var telegram = IsSet(builder, $"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}");
        var discord = IsSet(builder, $"{DiscordOptions.SectionName}:{nameof(DiscordOptions.BotToken)}");
        if (telegram)
        {
            builder.AddTelegramChannel();
        }

        if (discord)
        {
            builder.AddDiscordChannel();
        }

        return telegram || discord ? builder : builder.AddLocalConsoleChannel();
    }

    private static bool IsSet(IHostApplicationBuilder builder, string key) => !string.IsNullOrWhiteSpace(builder.Configuration[key]);
}
