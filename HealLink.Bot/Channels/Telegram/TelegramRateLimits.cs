using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Keeps our sending inside Telegram's limits, so 429s are the exception: a token bucket per chat (about one
/// message a second, short bursts allowed) and one for the whole bot (about 30 a second).
/// </summary>
internal sealed class TelegramRateLimits : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _perChat;
    private readonly TokenBucketRateLimiter _global;

    public TelegramRateLimits(IOptions<TelegramOptions> options)
    {
        var settings = options.Value;
        var perChat = Bucket(settings.PerChatMessagesPerSecond, settings.PerChatBurst);
        _perChat = PartitionedRateLimiter.Create<string, string>(chatId => RateLimitPartition.GetTokenBucketLimiter(chatId, _ => perChat));

        // A burst of a whole second's allowance, refilled one message at a time so the rate stays even.
        var globalBurst = Math.Max(1, (int)Math.Round(settings.GlobalMessagesPerSecond));
        _global = new TokenBucketRateLimiter(Bucket(settings.GlobalMessagesPerSecond, globalBurst));
    }

    /// <summary>Waits until one more message may go to <paramref name="chatId"/>.</summary>
    public async Task WaitForTurnAsync(string chatId, CancellationToken cancellationToken)
    {
        using var chatLease = await _perChat.AcquireAsync(chatId, 1, cancellationToken);
        using var globalLease = await _global.AcquireAsync(1, cancellationToken);
    }

    /// <summary>Actions (typing) count against the bot's overall rate only.</summary>
    public async Task WaitForGlobalTurnAsync(CancellationToken cancellationToken)
    {
        using var lease = await _global.AcquireAsync(1, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _perChat.DisposeAsync();
        await _global.DisposeAsync();
    }

    private static TokenBucketRateLimiterOptions Bucket(double perSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
