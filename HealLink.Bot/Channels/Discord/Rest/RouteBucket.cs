using System.Diagnostics.CodeAnalysis;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// One rate limit bucket (a bucket hash for one channel, guild or webhook). Requests in it go one at a time: the
/// <c>X-RateLimit-Remaining</c> Discord reports is only exact when answers cannot overtake each other, and a single
/// conversation never needs more than the few requests a second this allows. When Discord says none remain, or a
/// 429 says wait, the next request in line waits for the reset while later ones queue behind it.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "A SemaphoreSlim holds nothing to release unless its AvailableWaitHandle is used, and buckets are forgotten while others may still hold them.")]
internal sealed class RouteBucket(TimeProvider time)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private long _readyAt;

    /// <summary>
    /// Waits for this bucket's turn and its reset. Returns null once the caller may send (and must call
    /// <see cref="Exit"/>), or the wait left when it is longer than <paramref name="longestWait"/>, without holding a turn.
    /// </summary>
    public async Task<TimeSpan?> EnterAsync(TimeSpan longestWait, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var wait = time.Until(Volatile.Read(ref _readyAt));
            if (wait > longestWait)
            {
                _turn.Release();
                return wait;
            }

            await time.WaitUntilAsync(() => Volatile.Read(ref _readyAt), cancellationToken);
            return null;
        }
        catch (OperationCanceledException)
        {
            _turn.Release();
            throw;
        }
    }

    public void Exit() => _turn.Release();

    /// <summary>No request may go before <paramref name="wait"/> has passed (an exhausted bucket's reset, or a 429).</summary>
    public void HoldFor(TimeSpan wait)
    {
        var until = time.After(wait);
        long current;
        do
        {
            current = Volatile.Read(ref _readyAt);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _readyAt, until, current) != current);
    }

    /// <summary>Nobody holds or waits for a turn and no reset is pending: forgetting the bucket loses nothing.</summary>
    public bool IsIdle => _turn.CurrentCount == 1 && time.Until(Volatile.Read(ref _readyAt)) == TimeSpan.Zero;
}
