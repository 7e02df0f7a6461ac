using System.Runtime.CompilerServices;

namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>Every route the client calls, with the major id that keys its rate limit bucket.</summary>
internal static class DiscordRoutes
{
    public static DiscordRoute OpenDirectMessage() => new(HttpMethod.Post, "/users/@me/channels", "@me", "/users/@me/channels");

    public static DiscordRoute CreateMessage(string channel) =>
        new(HttpMethod.Post, "/channels/{channel}/messages", channel, $"/channels/{E(channel)}/messages");

    public static DiscordRoute EditMessage(string channel, string message) =>
        new(HttpMethod.Patch, "/channels/{channel}/messages/{message}", channel, $"/channels/{E(channel)}/messages/{E(message)}");

    public static DiscordRoute Typing(string channel) =>
        new(HttpMethod.Post, "/channels/{channel}/typing", channel, $"/channels/{E(channel)}/typing");

    public static DiscordRoute InteractionCallback(string interaction, string token) =>
        new(HttpMethod.Post, "/interactions/{interaction}/{token}/callback", interaction, $"/interactions/{E(interaction)}/{E(token)}/callback")
        {
            CountsTowardGlobalLimit = false,
        };

    public static DiscordRoute EditOriginal(string application, string token) =>
        new(HttpMethod.Patch, "/webhooks/{application}/{token}/messages/@original", Webhook(application, token), $"/webhooks/{E(application)}/{E(token)}/messages/@original");

    public static DiscordRoute FollowUp(string application, string token) =>
        new(HttpMethod.Post, "/webhooks/{application}/{token}", Webhook(application, token), $"/webhooks/{E(application)}/{E(token)}");

    public static DiscordRoute OverwriteCommands(string application) =>
        new(HttpMethod.Put, "/applications/{application}/commands", application, $"/applications/{E(application)}/commands");

    public static DiscordRoute CurrentApplication() =>
        new(HttpMethod.Get, "/oauth2/applications/@me", "@me", "/oauth2/applications/@me");

    public static DiscordRoute CreateThread(string channel) =>
        new(HttpMethod.Post, "/channels/{channel}/threads", channel, $"/channels/{E(channel)}/threads");

    public static DiscordRoute AddThreadMember(string thread, string user) =>
        new(HttpMethod.Put, "/channels/{thread}/thread-members/{user}", thread, $"/channels/{E(thread)}/thread-members/{E(user)}");

    public static DiscordRoute GetChannel(string channel) =>
        new(HttpMethod.Get, "/channels/{channel}", channel, $"/channels/{E(channel)}");

    public static DiscordRoute ModifyChannel(string channel) =>
        new(HttpMethod.Patch, "/channels/{channel}", channel, $"/channels/{E(channel)}");

    // A webhook's bucket is per webhook id and token; an interaction's token is its webhook's.
    private static string Webhook(string application, string token) => $"{E(application)}/{E(token)}";

    /// <summary>An id or token as a path segment; an empty one is a caller's bug, caught before anything is sent.</summary>
    private static string E(string id, [CallerArgumentExpression(nameof(id))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        return Uri.EscapeDataString(id);
    }
}
