using System.Globalization;
using System.Net.Http.Headers;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>The <c>X-RateLimit-*</c> headers of one answer; absent ones are null (not every route is limited).</summary>
internal sealed record RateLimitHeaders(int? Remaining, TimeSpan? ResetAfter, string? Bucket, bool Global, string? Scope)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        Number(headers, "X-RateLimit-Remaining") is { } remaining ? (int)remaining : null,
        Number(headers, "X-RateLimit-Reset-After") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        Text(headers, "X-RateLimit-Bucket"),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"));

    /// <summary>The standard <c>Retry-After</c> header, a fallback when a 429's body cannot be read.</summary>
    public static TimeSpan? RetryAfterHeader(HttpResponseHeaders headers) =>
        Number(headers, "Retry-After") is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
