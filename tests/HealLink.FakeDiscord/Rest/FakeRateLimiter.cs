using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// Discord's limits as the fake enforces and announces them: per bucket (route + major id) a fixed window of
/// <see cref="FakeRouteLimit.Limit"/> requests, announced in <c>X-RateLimit-*</c> headers with a bucket hash that is
/// stable per route; and a global token bucket (50 a second, a second's worth at once). A request arriving when
/// either is exhausted is a violation: it is counted and answered 429, as Discord does.
/// </summary>
internal sealed class FakeRateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeRouteLimit> _limits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Start, int Count)> _windows = new(StringComparer.Ordinal);
    private double _globalPerSecond = 50;
    private double _globalTokens = 50;
    private long _globalRefilledAt = time.GetTimestamp();

    public int Violations { get; private set; }

    public int GlobalViolations { get; private set; }

    public void SetLimit(string route, FakeRouteLimit? limit)
    {
        lock (_gate)
        {
            if (limit is null)
            {
                _limits.Remove(route);
            }
            else
            {
                _limits[route] = limit;
            }

            _windows.Clear();
        }
    }

    public void SetGlobalLimit(double perSecond)
    {
        lock (_gate)
        {
            _globalPerSecond = perSecond;
            _globalTokens = perSecond;
            _globalRefilledAt = time.GetTimestamp();
        }
    }

    public FakeLimitDecision Decide(FakeRestRoute route, string majorId)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (route.CountsTowardGlobalLimit && !TakeGlobalToken(now, out var globalWait))
            {
                Violations++;
                GlobalViolations++;
                return new FakeLimitDecision(false, true, globalWait, new Dictionary<string, string>
                {
                    ["X-RateLimit-Global"] = "true",
                    ["X-RateLimit-Scope"] = "global",
                    ["Retry-After"] = Seconds(Math.Ceiling(globalWait)),
                });
            }

            return _limits.TryGetValue(route.Name, out var limit) ? DecideBucket(route, majorId, limit, now) : Unlimited;
        }
    }

    private FakeLimitDecision DecideBucket(FakeRestRoute route, string majorId, FakeRouteLimit limit, long now)
    {
        var key = $"{route.Name}|{majorId}";
        var window = (long)(limit.Window.TotalSeconds * time.TimestampFrequency);
        if (!_windows.TryGetValue(key, out var current) || now >= current.Start + window)
        {
            current = (now, 0);
        }

        var resetAfter = (current.Start + window - now) / (double)time.TimestampFrequency;
        var headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = BucketHash(route.Name),
            ["X-RateLimit-Reset-After"] = Seconds(resetAfter),
        };
        if (current.Count >= limit.Limit)
        {
            Violations++;
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Scope"] = "user";
            headers["Retry-After"] = Seconds(Math.Ceiling(resetAfter));
            return new FakeLimitDecision(false, false, RoundUp(resetAfter), headers);
        }

        _windows[key] = current = (current.Start, current.Count + 1);
        headers["X-RateLimit-Remaining"] = (limit.Limit - current.Count).ToString(CultureInfo.InvariantCulture);
        return new FakeLimitDecision(true, false, 0, headers);
    }

    private bool TakeGlobalToken(long now, out double wait)
    {
        var elapsed = (now - _globalRefilledAt) / (double)time.TimestampFrequency;
        _globalTokens = Math.Min(_globalPerSecond, _globalTokens + (elapsed * _globalPerSecond));
        _globalRefilledAt = now;
        if (_globalTokens >= 1)
        {
            _globalTokens--;
            wait = 0;
            return true;
        }

        wait = RoundUp((1 - _globalTokens) / _globalPerSecond);
        return false;
    }

    private static FakeLimitDecision Unlimited { get; } = new(true, false, 0, new Dictionary<string, string>());

    /// <summary>Discord's hashes are opaque but stable; a route's name hashed stands in for one.</summary>
    private static string BucketHash(string route) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route)))[..16];

    // Rounded up to the millisecond: a client that waits exactly this long must never arrive early.
    private static double RoundUp(double seconds) => Math.Ceiling(seconds * 1000) / 1000;

    private static string Seconds(double seconds) => RoundUp(seconds).ToString("0.000", CultureInfo.InvariantCulture);
}
