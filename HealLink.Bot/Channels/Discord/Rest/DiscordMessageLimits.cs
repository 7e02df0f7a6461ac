namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// What Discord would refuse anyway, refused before sending: a request it rejects still counts toward the invalid
/// request cap (10,000 per 10 minutes, then Cloudflare bans the IP), and an 11 MiB upload wastes the bandwidth.
/// </summary>
public static class DiscordMessageLimits
{
    public const int MaxContentLength = 2000;
    public const int MaxNonceLength = 25;

    internal static DiscordFailure? Check(DiscordNewMessage message, long maxFileBytes)
    {
        var contentProblem = CheckContent(message.Content);
        if (contentProblem is not null)
        {
            return contentProblem;
        }

        if (message.Nonce is { Length: > MaxNonceLength })
        {
            return Refused($"the nonce is longer than {MaxNonceLength} characters");
        }

        if (message.Content.Length == 0 && message.Files.Count == 0 && message.Components is not { Count: > 0 })
        {
            return Refused("an empty message");
        }

        var tooBig = message.Files.FirstOrDefault(file => file.Content.Length > maxFileBytes);
        return tooBig is null
            ? null
            : Refused($"the file '{tooBig.FileName}' is {tooBig.Content.Length} bytes; Discord takes at most {maxFileBytes} per file");
    }

    internal static DiscordFailure? CheckContent(string? content) =>
        content is { Length: > MaxContentLength } ? Refused($"the content is {content.Length} characters; Discord takes at most {MaxContentLength}") : null;

    internal static DiscordFailure Refused(string reason) => new(DiscordOutcome.Permanent, $"refused before sending: {reason}");
}
