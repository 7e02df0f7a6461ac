using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// The bucket table (as discord.py and Discord.Net keep it): a route's bucket is keyed by the hash Discord names in
/// <c>X-RateLimit-Bucket</c> plus the route's major id (channel, guild, webhook). Until a route's first answer names
/// its hash, the route template stands in for it; when the hash arrives, the stand-in bucket is filed under the hash
/// too, so requests already queued in it and those that follow share one queue.
/// </summary>
public sealed class DiscordRateLimits(IOptions<DiscordOptions> options, TimeProvider time)
{
    // Every DM channel and every interaction adds a bucket; idle ones are forgotten once there are this many.
    private const int ForgetIdleAbove = 4096;

    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new(StringComparer.Ordinal);

    internal GlobalRateLimit Global { get; } = new(options.Value.GlobalRequestsPerSecond, time);

    internal RouteBucket BucketFor(DiscordRoute route)
    {
        var key = _hashByRoute.TryGetValue(route.RouteKey, out var hash) ? BucketKey(hash, route) : BucketKey(route.RouteKey, route);
        if (_buckets.Count > ForgetIdleAbove)
        {
            ForgetIdle();
        }

        return _buckets.GetOrAdd(key, _ => new RouteBucket(time));
    }

    /// <summary>Files <paramref name="bucket"/> under the hash Discord named for this route.</summary>
    internal void Learn(DiscordRoute route, RouteBucket bucket, string? hash)
    {
        if (string.IsNullOrEmpty(hash))
        {
            return;
        }

        _hashByRoute[route.RouteKey] = hash;
        _buckets.GetOrAdd(BucketKey(hash, route), bucket);
    }

    private void ForgetIdle()
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle)
            {
                _buckets.TryRemove(new KeyValuePair<string, RouteBucket>(key, bucket));
            }
        }
    }

    private static string BucketKey(string hashOrRoute, DiscordRoute route) => $"{hashOrRoute}|{route.MajorId}";
}
