namespace HealLink.Core.Pipeline;

/// <summary>How a delivery attempt went, as the channel understood the platform's answer.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult()
    {
    }

    /// <summary>The platform accepted the message.</summary>
    public sealed record Delivered(string? PlatformMessageId) : DeliveryResult;

    /// <summary>Worth trying again: rate limited (with the platform's wait, if it gave one), 5xx, timeout.</summary>
    public sealed record RetryLater(string Reason, TimeSpan? RetryAfter = null) : DeliveryResult;

    /// <summary>Will never succeed as addressed; <paramref name="RecipientUnreachable"/> when they blocked us or left.</summary>
    public sealed record Undeliverable(string Reason, bool RecipientUnreachable) : DeliveryResult;

    /// <summary>The chat has a new id (Telegram group upgraded to supergroup); resend there.</summary>
    public sealed record ChatMoved(string NewChatId) : DeliveryResult;
}
