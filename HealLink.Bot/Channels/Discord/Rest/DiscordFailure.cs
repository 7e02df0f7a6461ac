namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// Why a REST call did not succeed: the outcome, Discord's HTTP status and JSON error code when it answered, and how
/// long to wait when it said so. <see cref="Reason"/> names the route template, never an address, so neither the bot
/// token nor an interaction token can appear in it.
/// </summary>
public sealed record DiscordFailure(DiscordOutcome Outcome, string Reason, int? HttpStatus = null, int? DiscordCode = null, TimeSpan? RetryAfter = null)
{
    public override string ToString()
    {
        var status = HttpStatus is { } http ? $"HTTP {http}" : "no answer";
        var code = DiscordCode is { } discord ? $", code {discord}" : "";
        return $"{Outcome}: {Reason} ({status}{code})";
    }
}
