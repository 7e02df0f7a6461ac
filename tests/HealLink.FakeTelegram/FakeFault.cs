namespace HealLink.FakeTelegram;

/// <summary>A failure the fake answers instead of handling a call normally; see <see cref="FakeTelegramServer.FailNext"/>.</summary>
public abstract record FakeFault
{
    private FakeFault()
    {
    }

    /// <summary>HTTP 429 <c>Too Many Requests: retry after N</c> with <c>parameters.retry_after</c> = N.</summary>
    public sealed record TooManyRequests(int RetryAfterSeconds) : FakeFault;

    /// <summary>
    /// A 5xx as Telegram's front end gives it: 500 is Telegram's JSON error; any other status (502, 503, 504) is
    /// nginx's HTML page, which a client must survive without parsing it as JSON.
    /// </summary>
    public sealed record ServerError(int Status = 502) : FakeFault;

    /// <summary>Waits this long, then handles the call normally.</summary>
    public sealed record Slow(TimeSpan Delay) : FakeFault;

    /// <summary>Aborts the TCP connection without answering; the client sees an HttpRequestException.</summary>
    public sealed record Drop : FakeFault;

    /// <summary>HTTP 400 with this description, prefixed with <c>Bad Request: </c> unless it already is.</summary>
    public sealed record BadRequest(string Description) : FakeFault;
}
