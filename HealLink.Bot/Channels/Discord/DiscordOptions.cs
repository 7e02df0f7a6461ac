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

    /// <summary>
    /// Several bot instances on one database hold the Gateway one at a time (Discord would send every event to each
    /// session): the holder renews its term every third of it, and when it dies another connects once the term has
    /// run out. Shorter is a quicker take-over, at a renewal every few seconds.
    /// </summary>
    public double GatewayLeaderTermSeconds { get; set; } = 15;

    /// <summary>Discord's global limit per bot; interaction callbacks do not count against it.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>A 429 asking to wait at most this long is waited out inside the client; a longer one goes back to the outbox.</summary>
    public double MaxRetryAfterWaitSeconds { get; set; } = 5;

    /// <summary>How many 429s in a row one request waits out before the outbox gets a retry-after.</summary>
    public int RateLimitRetries { get; set; } = 3;

    /// <summary>Retries after a 5xx or a lost connection, with back-off doubling from <see cref="ServerErrorBackoffMilliseconds"/>.</summary>
    public int ServerErrorRetries { get; set; } = 2;

    public int ServerErrorBackoffMilliseconds { get; set; } = 500;

    /// <summary>How long one REST attempt may take before it counts as lost (and is retried like a dropped connection).</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Discord's default upload limit per file (10 MiB); a bigger file is refused before anything is sent.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most an attachment download from the CDN may read, so a relayed file cannot fill memory.</summary>
    public long MaxDownloadBytes { get; set; } = 25 * 1024 * 1024;
}
