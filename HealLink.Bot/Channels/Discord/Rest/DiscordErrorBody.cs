using System.Text.Json;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Discord's error answer, <c>{code, message, errors?}</c>, and a 429's <c>{message, retry_after, global, code?}</c>.
/// Read leniently: a proxy's HTML page or a truncated body must still be classified by its status.
/// </summary>
internal sealed record DiscordErrorBody(int? Code, string? Message, double? RetryAfter, bool? Global)
{
    public static DiscordErrorBody Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<DiscordErrorBody>(body, DiscordJson.Options) ?? Unreadable;
        }
        catch (JsonException)
        {
            return Unreadable;
        }
    }

    private static DiscordErrorBody Unreadable { get; } = new(null, null, null, null);
}
