namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// One REST call's address. <see cref="Template"/> (e.g. <c>/channels/{channel}/messages</c>) and
/// <see cref="MajorId"/> (the channel, guild or webhook the call is about) decide its rate limit bucket;
/// <see cref="Path"/> is the concrete address, which may carry an interaction token and so is never shown.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string MajorId, string Path)
{
    /// <summary>
    /// Interaction callbacks are exempt from the bot's global limit (Discord's rate limit docs) and must be answered
    /// within 3 s, so they never queue behind the global limiter or a global pause.
    /// </summary>
    public bool CountsTowardGlobalLimit { get; init; } = true;

    /// <summary>Identifies the route (not the resource) until Discord names its bucket hash.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;
}
