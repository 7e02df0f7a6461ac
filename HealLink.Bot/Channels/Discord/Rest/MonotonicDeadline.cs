namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Points in time on the TimeProvider's monotonic clock: a wall-clock adjustment must not shorten a rate limit wait.
/// </summary>
internal static class MonotonicDeadline
{
    public static long After(this TimeProvider time, TimeSpan wait) =>
        time.GetTimestamp() + (long)Math.Ceiling(wait.TotalSeconds * time.TimestampFrequency);

    public static TimeSpan Until(this TimeProvider time, long deadline)
    {
        var left = deadline - time.GetTimestamp();
        return left <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(left / (double)time.TimestampFrequency);
    }

    /// <summary>Waits until the deadline has passed on this clock (a timer may fire a little early; this never returns early).</summary>
    public static async Task WaitUntilAsync(this TimeProvider time, Func<long> deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        for (var left = time.Until(deadline()); left > TimeSpan.Zero; left = time.Until(deadline()))
        {
            await Task.Delay(left, time, cancellationToken);
        }
    }
}
