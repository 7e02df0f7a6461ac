using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram.Routing;

/// <summary>
/// An error answer, thrown from wherever a call is found wanting and written by the endpoint as
/// <c>{"ok":false,"error_code":…,"description":…,"parameters"?:…}</c> with the same HTTP status.
/// </summary>
internal sealed class TelegramError : Exception
{
    public TelegramError()
        : this("Internal Server Error")
    {
    }

    public TelegramError(string message)
        : this(message, innerException: null)
    {
    }

    public TelegramError(string message, Exception? innerException)
        : base(message, innerException)
    {
        ErrorCode = 500;
    }

    private TelegramError(int errorCode, string description, JsonObject? parameters = null)
        : base(description)
    {
        ErrorCode = errorCode;
        Parameters = parameters;
    }

    public int ErrorCode { get; }

    /// <summary>Telegram's ResponseParameters: retry_after or migrate_to_chat_id.</summary>
    public JsonObject? Parameters { get; }

    public static TelegramError Unauthorized() => new(401, "Unauthorized");

    public static TelegramError NotFound() => new(404, "Not Found");

    public static TelegramError BadRequest(string what) =>
        new(400, what.StartsWith("Bad Request", StringComparison.Ordinal) ? what : "Bad Request: " + what);

    public static TelegramError Forbidden(string what) => new(403, "Forbidden: " + what);

    public static TelegramError Conflict(string what) => new(409, "Conflict: " + what);

    public static TelegramError TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}", new JsonObject { ["retry_after"] = retryAfterSeconds });

    public static TelegramError Migrated(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = newChatId });
}
