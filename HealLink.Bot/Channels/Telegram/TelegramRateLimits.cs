using System.Collections.Concurrent;
using HealLink.Bot.Status;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Keeps our sending inside Telegram's limits, so 429s are the exception: a token bucket per chat (about one
/// message a second, short bursts allowed) and one for the whole bot (about 30 a second). Telegram counts per bot,
/// not per process: when several processes serve the bot (<see cref="BotInstances"/>), each takes an equal share of
/// the bot's overall rate, and a chat's turn also waits for what the others sent to it (<see cref="IChatSendHistory"/>).
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
    private readonly BotInstances _instances;
    private readonly IChatSendHistory? _history;
    private readonly Lock _sharing = new();
    private int _sharedBy = 1;

    public TelegramRateLimits(IOptions<TelegramOptions> options, TimeProvider timeProvider, BotInstances instances, IChatSendHistory? history = null)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _instances = instances;
        _history = history;
        var (rate, burst) = GlobalShare(1);
        _global = new TokenBucket(rate, burst, timeProvider);
    }

    /// <summary>A chat's recent sends by any process are looked at only when other processes send too.</summary>
    private bool Shared => _history is not null && _instances.Running > 1;

    /// <summary>
    /// The longest stretch in which a chat may receive one burst: no more than <see cref="TelegramOptions.PerChatBurst"/>
    /// messages in any such stretch keeps within a token bucket of that burst and the per-chat rate.
    /// </summary>
    private TimeSpan ChatWindow => TimeSpan.FromSeconds(_options.PerChatBurst / (_options.PerChatMessagesPerSecond * Headroom));

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
        if (Shared)
        {
            await WaitForChatAcrossProcessesAsync(chatId, cancellationToken);
        }

        await WaitForGlobalTurnAsync(cancellationToken);
    }

    /// <summary>Actions (typing) count against the bot's overall rate only.</summary>
    public Task WaitForGlobalTurnAsync(CancellationToken cancellationToken)
    {
        FollowInstances();
        return WaitAsync(_global.Reserve(), cancellationToken);
    }

    /// <summary>
    /// This process's own bucket knows only its own sends; the chat's previous message may have gone from another
    /// process a moment ago. While this process sends the chat's oldest unsent message no other can send to it, so
    /// one look suffices: wait until the window holds fewer than a burst.
    /// </summary>
    private async Task WaitForChatAcrossProcessesAsync(string chatId, CancellationToken cancellationToken)
    {
        var window = ChatWindow;
        var now = _timeProvider.GetUtcNow();
        var latest = await _history!.LatestAsync(chatId, now - window, _options.PerChatBurst, cancellationToken);
        if (latest.Count >= _options.PerChatBurst)
        {
            await WaitAsync(latest.Min() + window - now, cancellationToken);
        }
    }

    /// <summary>Rescales the bot's overall bucket when the number of processes sharing it changed.</summary>
    private void FollowInstances()
    {
        var running = _instances.Running;
        if (running == Volatile.Read(ref _sharedBy))
        {
            return;
        }

        lock (_sharing)
        {
            var (rate, burst) = GlobalShare(running);
            _global.Change(rate, burst);
            _sharedBy = running;
        }
    }

    /// <summary>
    /// This process's part of the bot's overall rate when <paramref name="processes"/> share it. The burst is half a
    /// second's worth: Telegram publishes no burst for its overall limit, and a stall on our side (a GC, a busy
    /// machine) releases a backlog in one go; the other half absorbs that.
    /// </summary>
    private (double PerSecond, int Burst) GlobalShare(int processes)
    {
        var share = _options.GlobalMessagesPerSecond / processes;
        return (share * Headroom, Math.Max(1, (int)Math.Floor(share / 2)));
    }

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
