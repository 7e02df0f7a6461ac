namespace HealLink.Core.Service.Metrics;

/// <summary>How a send attempt failed, as <see cref="HealLinkMetrics"/> counts it.</summary>
public enum SendFailureKind
{
    /// <summary>Transient (5xx, timeout, rate limit): the outbox tries again.</summary>
    Retry,

    /// <summary>The person blocked the bot or left: their queue is dropped.</summary>
    Unreachable,

    /// <summary>This message will never go (refused, expired, too many attempts).</summary>
    Permanent,
}
