using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Keeps our sending inside Telegram's limits, so 429s are the exception: a token bucket per chat (about one
/// message a second, short bursts allowed) and one for the whole bot (about 30 a second).
/// </summary>
internal sealed class TelegramRateLimits
{
    // Telegram counts messages as they arrive and we as they leave; network jitter between the two can bunch
    // messages sent exactly at the limit, so the steady rate stays a little below it.
    private const double Headroom = 0.95;

    // Idle buckets are forgotten once there are this many, so a bot with many chats does not keep them all.
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, TokenBucket> _perChat = new();
    private readonly TokenBucket _global;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;

    public TelegramRateLimits(IOptions<TelegramOptions> options, TimeProvider timeProvider)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        // Half a second's worth: Telegram publishes no burst for its overall limit, and a stall on our side (a GC,
        // a busy machine) releases a backlog in one go; the other half absorbs that.
        var globalBurst = Math.Max(1, (int)Math.Floor(_options.GlobalMessagesPerSecond / 2));
        _global = new TokenBucket(_options.GlobalMessagesPerSecond * Headroom, globalBurst, timeProvider);
    }

    /// <summary>Waits until one more message may go to <paramref name="chatId"/>.</summary>
    public async Task WaitForTurnAsync(string chatId, CancellationToken cancellationToken)
    {
        if (_perChat.Count > SweepThreshold)
        {
            Sweep();
        }

        var chat = _perChat.GetOrAdd(chatId, _ => new TokenBucket(_options.PerChatMessagesPerSecond * Headroom, _options.PerChatBurst, _timeProvider));

        // The chat's turn first, so a message waiting for its chat does not hold a place in the bot's overall rate.
        await WaitAsync(chat.Reserve(), cancellationToken);
        await WaitAsync(_global.Reserve(), cancellationToken);
    }

    /// <summary>Actions (typing) count against the bot's overall rate only.</summary>
    public Task WaitForGlobalTurnAsync(CancellationToken cancellationToken) => WaitAsync(_global.Reserve(), cancellationToken);

    private Task WaitAsync(TimeSpan wait, CancellationToken cancellationToken) =>
        wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _timeProvider, cancellationToken);

    private void Sweep()
    {
        foreach (var (chatId, bucket) in _perChat)
        {
            if (bucket.IsIdle)
            {
                _perChat.TryRemove(chatId, out _);
            }
        }
    }
}
