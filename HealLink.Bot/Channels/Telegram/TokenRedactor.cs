namespace HealLink.Bot.Channels.Telegram;

/// <summary>
/// Keeps the bot token out of every message and log line: it sits inside every request address, and anything
/// that echoes an address (an exception, a proxy's error page) would otherwise leak it. The secret half alone is
/// what gives control of the bot, so it is masked on its own too, and in the URL-encoded forms an address shows.
/// </summary>
public sealed class TokenRedactor
{
    public const string Mask = "<bot-token>";

    private readonly string[] _secrets;

    public TokenRedactor(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var secretHalf = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        _secrets = [.. new[] { token, Uri.EscapeDataString(token), secretHalf, Uri.EscapeDataString(secretHalf) }
            .Where(secret => secret.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(secret => secret.Length)];
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
