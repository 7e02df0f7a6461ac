namespace HealLink.Bot.Channels.Discord.Gateway.Events;

/// <summary>A Discord user as events carry it; ids are snowflakes as strings.</summary>
public sealed record DiscordUser(string Id, string Username, string? GlobalName = null, bool? Bot = null);
