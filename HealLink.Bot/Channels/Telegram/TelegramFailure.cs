using Telegram.Bot.Exceptions;

namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// What went wrong with one Bot API call, read from Telegram.Bot's exceptions, with the token masked: an error
/// Telegram answered (its code, and how long to wait or where a chat moved), an answer that could not be read
/// (only its HTTP status says anything), or no answer at all (the connection failed, dropped or timed out).
/// </summary>
internal sealed record TelegramFailure(int? ErrorCode, string Description, TimeSpan? RetryAfter = null, long? MigrateToChatId = null)
{
    public static TelegramFailure Of(RequestException exception, TokenRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(redactor);
        return exception switch
        {
            ApiRequestException answered => new(
                answered.ErrorCode,
                redactor.Redact(answered.Message),
                answered.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                answered.Parameters?.MigrateToChatId),

            // A proxy's HTML error page, a truncated body: the status is all there is, and a 200 without a
            // readable result is as good as a bad gateway.
            { HttpStatusCode: { } status } => new((int)status >= 400 ? (int)status : 502, $"unreadable answer (HTTP {(int)status})"),
            _ => new(null, redactor.Redact(exception.Message)),
        };
    }

    /// <summary>No answer came: the request may or may not have reached Telegram.</summary>
    public bool IsTransport => ErrorCode is null;

    public bool IsServerError => ErrorCode >= 500;

    /// <summary>Telegram does not know this token (401), or the address holds none it serves (404).</summary>
    public bool RejectsToken => ErrorCode is 401 or 404;

    public override string ToString() => ErrorCode is { } code ? $"{code} {Description}" : Description;
}
