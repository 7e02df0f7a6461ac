namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>The intents we ask for: only what the bot's mode needs, since MESSAGE_CONTENT is privileged.</summary>
public static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;
    public const int MessageContent = 1 << 15;

    /// <summary>4096. Message content in DMs with the app needs no privileged intent.</summary>
    public const int DirectMessagesOnly = DirectMessages;

    /// <summary>37377. Without MESSAGE_CONTENT a guild thread's messages arrive with empty content.</summary>
    public const int DirectMessagesAndThreads = Guilds | GuildMessages | DirectMessages | MessageContent;

    public static int For(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.ThreadChannelId) ? DirectMessagesOnly : DirectMessagesAndThreads;
    }
}
