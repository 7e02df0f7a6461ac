namespace HealLink.Bot.Channels.Telegram.Api;

/// <summary>
/// Keeps the bot token out of every message and log line: it sits inside every request address, and anything
/// that echoes an address (an exception, a proxy's error page) would otherwise leak it.
/// </summary>
public sealed class TokenRedactor(string token)
{
    public const string Mask = "<bot-token>";

    public string Redact(string text) =>
        token.Length == 0 ? text : text.Replace(token, Mask, StringComparison.Ordinal);

    /// <summary>The exception to keep as an inner exception, or null when anything in it shows the token.</summary>
    public Exception? SafeInner(Exception exception) =>
        token.Length > 0 && exception.ToString().Contains(token, StringComparison.Ordinal) ? null : exception;
}
