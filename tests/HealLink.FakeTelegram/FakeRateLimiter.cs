namespace HealLink.FakeTelegram;

/// <summary>
/// Telegram's flood control as token buckets: one per chat (rate and burst as set) and one for the whole bot (a burst
/// of one second's worth). Off until <see cref="Enforce"/> is called.
/// </summary>
internal sealed class FakeRateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, TokenBucket> _chats = [];
    private (double PerSecond, int Burst)? _perChat;
    private TokenBucket? _global;

    public void Enforce(double perChatPerSecond, int perChatBurst, double globalPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perChatPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perChatBurst);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(globalPerSecond);
        lock (_gate)
        {
            _perChat = (perChatPerSecond, perChatBurst);
            _chats.Clear();
            _global = new TokenBucket(globalPerSecond, Math.Max(1, Math.Ceiling(globalPerSecond)), Now());
        }
    }

    /// <summary>Null when a message to this chat may go now (and it is counted); else the whole seconds to wait, at least 1.</summary>
    public int? TryAcquire(long chatId)
    {
        lock (_gate)
        {
            if (_perChat is not { } perChat || _global is null)
            {
                return null;
            }

            var now = Now();
            if (!_chats.TryGetValue(chatId, out var chat))
            {
                _chats[chatId] = chat = new TokenBucket(perChat.PerSecond, perChat.Burst, now);
            }

            chat.Refill(now);
            _global.Refill(now);
            if (chat.Tokens >= 1 && _global.Tokens >= 1)
            {
                chat.Tokens--;
                _global.Tokens--;
                return null;
            }

            var wait = Math.Max(chat.SecondsUntilNext(), _global.SecondsUntilNext());
            return Math.Max(1, (int)Math.Ceiling(wait));
        }
    }

    private double Now() => time.GetTimestamp() / (double)time.TimestampFrequency;

    private sealed class TokenBucket(double perSecond, double capacity, double now)
    {
        private readonly double _capacity = capacity;
        private double _refilledAt = now;

        public double Tokens { get; set; } = capacity;

        public void Refill(double now)
        {
            Tokens = Math.Min(_capacity, Tokens + ((now - _refilledAt) * perSecond));
            _refilledAt = now;
        }

        public double SecondsUntilNext() => Tokens >= 1 ? 0 : (1 - Tokens) / perSecond;
    }
}
