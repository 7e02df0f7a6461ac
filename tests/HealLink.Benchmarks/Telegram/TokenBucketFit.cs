namespace HealLink.Benchmarks.Telegram;

/// <summary>How a stream of send times measures up against a rate limit, computed from the times alone.</summary>
internal static class TokenBucketFit
{
    private static readonly TimeSpan _second = TimeSpan.FromSeconds(1);

    /// <summary>The most times that fit in one second: for each time, how many follow it less than a second later.</summary>
    public static int MostWithinOneSecond(List<DateTimeOffset> sortedTimes)
    {
        ArgumentNullException.ThrowIfNull(sortedTimes);
        var most = 0;
        var end = 0;
        for (var start = 0; start < sortedTimes.Count; start++)
        {
            while (end < sortedTimes.Count && sortedTimes[end] - sortedTimes[start] < _second)
            {
                end++;
            }

            most = Math.Max(most, end - start);
        }

        return most;
    }

    /// <summary>
    /// The smallest capacity a token bucket refilled at <paramref name="perSecond"/> (starting full) needs to take
    /// every one of these sends: the most, over any stretch from send i to send j, of the sends in it beyond what
    /// the rate refilled during it, max(j − i + 1 − rate·(t_j − t_i)). A stream the limit allows never needs more than
    /// the limit's burst; the 1-second peak cannot tell that, since a burst and a steady excess look alike there.
    /// </summary>
    public static double DepthNeeded(List<DateTimeOffset> sortedTimes, double perSecond)
    {
        ArgumentNullException.ThrowIfNull(sortedTimes);
        if (sortedTimes.Count == 0)
        {
            return 0;
        }

        // With f(k) = k − rate·t_k, the stretch from i to j needs f(j) − f(i) + 1: keep the lowest f seen so far.
        var lowest = double.MaxValue;
        var most = 0.0;
        for (var k = 0; k < sortedTimes.Count; k++)
        {
            var level = k - (perSecond * (sortedTimes[k] - sortedTimes[0]).TotalSeconds);
            lowest = Math.Min(lowest, level);
            most = Math.Max(most, level - lowest + 1);
        }

        return most;
    }
}
