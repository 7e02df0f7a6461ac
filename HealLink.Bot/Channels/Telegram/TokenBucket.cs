namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// A token bucket worked out from the clock whenever it is asked, rather than refilled by a timer: a timer's
/// period is rounded to whole milliseconds (so "30 a second" became 30.3), and .NET's partitioned limiter refilled
/// a quiet bucket early. Tokens may go below zero: each caller reserves the next token in turn and is told how
/// long to wait for it, so concurrent senders queue fairly without a queue.
/// </summary>
internal sealed class TokenBucket(double perSecond, int burst, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private double _perSecond = perSecond;
    private int _burst = burst;
    private double _tokens = burst;
    private DateTimeOffset _updatedAt = timeProvider.GetUtcNow();

    /// <summary>Takes the next token; returns how long to wait before using it (zero: at once).</summary>
    public TimeSpan Reserve()
    {
        lock (_lock)
        {
            Refill();
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _perSecond);
        }
    }

    /// <summary>
    /// A new rate and burst from now on (when the bot's rate is shared by another number of processes): what was
    /// earned so far is kept, but never more than the new burst, so a smaller share cannot start with a larger one's
    /// savings; tokens already owed stay owed.
    /// </summary>
    public void Change(double perSecond, int burst)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        lock (_lock)
        {
            Refill();
            _perSecond = perSecond;
            _burst = burst;
            _tokens = Math.Min(_tokens, burst);
        }
    }

    /// <summary>Full and not owed anything: forgetting this bucket changes nothing.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _tokens >= _burst;
            }
        }
    }

    private void Refill()
    {
        var now = timeProvider.GetUtcNow();
        var elapsed = (now - _updatedAt).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(_burst, _tokens + (elapsed * _perSecond));
            _updatedAt = now;
        }
    }
}
