namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// The bot-wide limit (50 requests a second by default): no more than that many requests start within any window of
/// a second plus <see cref="Slack"/>, and a global 429 pauses every request. A sliding window, rather than a token
/// bucket of the same rate, holds whether Discord counts in fixed windows or refills a bucket; the slack absorbs
/// requests arriving a little later or earlier than they were sent, which an exact-rate schedule cannot.
/// Each caller takes the next start time in turn, so concurrent callers queue fairly without a queue or a timer.
/// </summary>
internal sealed class GlobalRateLimit
{
    /// <summary>Costs under a tenth of the throughput; without it, network jitter alone causes global 429s.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _window;

    // The start times of the last N requests, oldest at _oldest: the next may start a window after it.
    private readonly long[] _starts;
    private int _oldest;
    private long _pausedUntil;

    public GlobalRateLimit(int perSecond, TimeProvider time)
    {
        _time = time;
        _window = (long)((1 + Slack.TotalSeconds) * time.TimestampFrequency);
        _starts = new long[Math.Max(1, perSecond)];
        Array.Fill(_starts, long.MinValue / 2);
    }

    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        // Taking a start time during a pause would bunch the queued requests at its end.
        await _time.WaitUntilAsync(() => Volatile.Read(ref _pausedUntil), cancellationToken);
        long start;
        lock (_gate)
        {
            start = Math.Max(_time.GetTimestamp(), _starts[_oldest] + _window);
            _starts[_oldest] = start;
            _oldest = (_oldest + 1) % _starts.Length;
        }

        await _time.WaitUntilAsync(() => Math.Max(start, Volatile.Read(ref _pausedUntil)), cancellationToken);
    }

    /// <summary>A global 429: nothing that counts toward the global limit goes for <paramref name="wait"/>.</summary>
    public void PauseFor(TimeSpan wait)
    {
        var until = _time.After(wait);
        lock (_gate)
        {
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    /// <summary>How long a global 429 still holds every request.</summary>
    public TimeSpan PauseLeft => _time.Until(Volatile.Read(ref _pausedUntil));
}
