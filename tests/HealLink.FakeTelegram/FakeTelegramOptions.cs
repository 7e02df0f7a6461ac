namespace HealLink.FakeTelegram;

/// <summary>How a <see cref="FakeTelegramServer"/> is set up; the defaults suit almost every test.</summary>
public sealed record FakeTelegramOptions
{
    /// <summary>The only token the fake accepts; its digits before the colon are the bot's user id, as in Telegram.</summary>
    public string Token { get; init; } = FakeTelegramServer.DefaultToken;

    /// <summary>How long the fake waits before posting an update again to a webhook that did not answer 2xx.</summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Where the fake really posts updates for the webhook registered at a URL; null posts to that URL. A bot must
    /// register a public https:// address, and Telegram reaches it through the TLS-terminating proxy in front of the
    /// bot; in a test, a plain-HTTP stand-in for that proxy on 127.0.0.1.
    /// </summary>
    public Func<Uri, Uri>? WebhookRoute { get; init; }

    /// <summary>
    /// How many loopback ports the fake listens on (<see cref="FakeTelegramServer.BaseUrls"/>), all serving the same
    /// bot. Bots given one port each are told apart by their calls' <see cref="FakeApiCall.Host"/>, where two names for
    /// the loopback (127.0.0.1, localhost) are not enough.
    /// </summary>
    public int Ports { get; init; } = 1;

    /// <summary>What getMe reports as <c>has_topics_enabled</c>; createForumTopic works either way.</summary>
    public bool TopicsEnabled { get; init; }

    /// <summary>
    /// The clock behind message dates, long-poll timeouts, slow answers, webhook retries and rate limits.
    /// <see cref="FakeTelegramServer.WaitUntilAsync"/> always waits in real time.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
