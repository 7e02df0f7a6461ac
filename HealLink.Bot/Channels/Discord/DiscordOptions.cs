namespace HealLink.Bot.Channels.Discord;

/// <summary>The Discord channel. Section: <c>Discord</c>; it runs when <see cref="BotToken"/> is set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    public const string DefaultGatewayUrl = "wss://gateway.discord.gg";

    /// <summary>From the developer portal's Bot page. A secret: set it in the environment (<c>Discord__BotToken</c>), never in a file; never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The REST API, version included; a test points it at a fake on 127.0.0.1.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>
    /// Where the Gateway is, used when <c>GET /gateway/bot</c> cannot say (and by tests); <c>?v=10&amp;encoding=json</c>
    /// is added by the client.
    /// </summary>
    public string GatewayUrl { get; set; } = DefaultGatewayUrl;

    /// <summary>
    /// Thread mode: a guild text channel in which each connection gets a private thread. Unset: everything happens in
    /// direct messages, and only the DIRECT_MESSAGES intent is asked for.
    /// </summary>
    public string? ThreadChannelId { get; set; }
}
