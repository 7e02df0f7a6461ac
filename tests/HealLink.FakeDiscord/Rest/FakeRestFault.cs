namespace HealLink.FakeDiscord.Rest;

/// <summary>A failure the fake answers instead of handling a request normally; see <see cref="FakeRest.FailNext"/>.</summary>
public abstract record FakeRestFault
{
    private FakeRestFault()
    {
    }

    /// <summary>500 with Discord's JSON error; 502, 503, 504 and 524 with the HTML page Cloudflare shows.</summary>
    public sealed record ServerError(int Status = 500) : FakeRestFault;

    /// <summary>A 429 the client did not cause (it is not counted as a violation): for a bucket, or global for every route.</summary>
    public sealed record TooManyRequests(double RetryAfterSeconds, bool Global = false) : FakeRestFault;

    /// <summary>Discord's JSON error <c>{code, message}</c> with this HTTP status.</summary>
    public sealed record ApiError(int Status, int Code, string Message) : FakeRestFault;

    /// <summary>Waits this long, then handles the request normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FakeRestFault;

    /// <summary>Aborts the connection without answering.</summary>
    public sealed record Drop : FakeRestFault;

    /// <summary>200 with a body that is not JSON.</summary>
    public sealed record MalformedJson : FakeRestFault;

    public static FakeRestFault MissingPermissions { get; } = new ApiError(403, 50013, "Missing Permissions");

    public static FakeRestFault CannotSendToUser { get; } = new ApiError(403, 50007, "Cannot send messages to this user");
}
