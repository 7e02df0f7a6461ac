namespace HealLink.Bot.Channels.Telegram.Api;

/// <summary>The Bot API answered, with an error: <c>{"ok":false,"error_code",…}</c> or an unreadable body.</summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException(string method, int errorCode, string description, ResponseParameters? parameters = null)
        : base($"Telegram answered {method} with {errorCode}: {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
        MigrateToChatId = parameters?.MigrateToChatId;
    }

    public string Method { get; }

    /// <summary>Mirrors the HTTP status: 400 bad request, 401 bad token, 403 forbidden, 409 conflict, 429, 5xx.</summary>
    public int ErrorCode { get; }

    public string Description { get; }

    public TimeSpan? RetryAfter { get; }

    public long? MigrateToChatId { get; }

    public bool IsServerError => ErrorCode >= 500;
}

/// <summary>No answer from the Bot API: the connection failed, dropped, or timed out.</summary>
public sealed class TelegramTransportException(string message, Exception? innerException = null) : Exception(message, innerException);
