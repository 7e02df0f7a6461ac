namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Masks the bot token in any text the client surfaces. A Discord token is <c>id.timestamp.hmac</c>; the last part
/// is the secret, so it is masked on its own as well, in case something shows only that part.
/// </summary>
public sealed class DiscordTokenRedactor
{
    public const string Mask = "<discord-token>";

    private readonly string[] _secrets;

    public DiscordTokenRedactor(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var secret = token[(token.LastIndexOf('.') + 1)..];
        _secrets = [.. new[] { token, Uri.EscapeDataString(token), secret }
            .Where(part => part.Length >= 8)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(part => part.Length)];
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _secrets.Aggregate(text, (masked, secret) => masked.Replace(secret, Mask, StringComparison.Ordinal));
    }
}
