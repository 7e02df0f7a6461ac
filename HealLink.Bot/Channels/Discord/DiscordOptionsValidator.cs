using Microsoft.Extensions.Options;

namespace HealLink.Bot.Channels.Discord;

/// <summary>Checks the Discord section at start-up; each message names its key and never shows the token.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken) || options.BotToken.Any(char.IsWhiteSpace))
        {
            problems.Add("Discord:BotToken must be the bot's token from the developer portal's Bot page, without spaces.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("https" or "http"))
        {
            problems.Add($"Discord:ApiBaseUrl must be an absolute http(s) address, such as {DiscordOptions.DefaultApiBaseUrl}.");
        }

        if (!Uri.TryCreate(options.GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("wss" or "ws"))
        {
            problems.Add($"Discord:GatewayUrl must be an absolute ws(s) address, such as {DiscordOptions.DefaultGatewayUrl}.");
        }

        if (options.ThreadChannelId is { } channel && !channel.All(char.IsAsciiDigit))
        {
            problems.Add("Discord:ThreadChannelId must be a channel's id (digits: right-click the channel, Copy Channel ID).");
        }

        if (options.GatewayLeaderTermSeconds is < 1 or > 300)
        {
            problems.Add($"Discord:GatewayLeaderTermSeconds must be between 1 and 300 (was {options.GatewayLeaderTermSeconds}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
