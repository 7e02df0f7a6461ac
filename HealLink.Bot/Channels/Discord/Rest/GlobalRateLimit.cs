namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// The bot-wide limit (50 requests a second by default) as a virtual schedule: each request takes the next slot,
/// <c>1/rate</c> after the previous one, with a second's worth allowed at once; and a pause a global 429 imposes on
/// every request. Computed from the clock when asked, so it needs no timer and queues concurrent callers fairly.
/// </summary>
internal sealed class GlobalRateLimit(int perSecond, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly long _interval = Math.Max(1, time.TimestampFrequency / Math.Max(1, perSecond));
    private long _nextSlot = time.GetTimestamp();
    private long _pausedUntil;

    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        long slot;
        lock (_gate)
        {
            // A second's worth of slots may be taken ahead of the schedule (the burst Discord allows).
            var burstWindow = _interval * (perSecond - 1);
            var now = time.GetTimestamp();
            _nextSlot = Math.Max(_nextSlot, now - burstWindow);
            slot = _nextSlot;
            _nextSlot += _interval;
        }

        await time.WaitUntilAsync(() => Math.Max(slot, Volatile.Read(ref _pausedUntil)), cancellationToken);
    }

    /// <summary>A global 429: nothing that counts toward the global limit goes for <paramref name="wait"/>.</summary>
    public void PauseFor(TimeSpan wait)
    {
        var until = time.After(wait);
        lock (_gate)
        {
            _pausedUntil = Math.Max(_pausedUntil, until);
        }
    }

    /// <summary>How long a global 429 still holds every request.</summary>
    public TimeSpan PauseLeft => time.Until(Volatile.Read(ref _pausedUntil));
}
