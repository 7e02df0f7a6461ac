namespace HealLink.Bot.Channels.Telegram;

/// <summary>The Telegram channel. Section: <c>Telegram</c>; it runs when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>From BotFather. A secret: set it in the environment (<c>Telegram__BotToken</c>), never in a file.</summary>
    public string? BotToken { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>How long one getUpdates call waits for news; Telegram allows up to 50.</summary>
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>Webhook mode: the public HTTPS address Telegram posts updates to (ports 443, 80, 88 or 8443).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: 1–256 of A–Z, a–z, 0–9, _ and -; Telegram sends it back in every request's header.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: where this process listens (usually behind a TLS-terminating reverse proxy).</summary>
    public string WebhookListenUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Webhook mode: the path of the endpoint, the same as <see cref="WebhookUrl"/>'s path.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>Telegram tolerates about one message a second in a chat, with short bursts.</summary>
    public double PerChatMessagesPerSecond { get; set; } = 1;

    public int PerChatBurst { get; set; } = 3;

    /// <summary>Telegram's limit for one bot across all chats is about 30 messages a second.</summary>
    public double GlobalMessagesPerSecond { get; set; } = 30;
}

public enum TelegramMode
{
    /// <summary>Long polling with getUpdates: nothing to expose to the internet.</summary>
    Polling,

    /// <summary>Telegram posts updates to our HTTPS endpoint: for several instances behind a load balancer.</summary>
    Webhook,
}
