namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>Who the bot is, from READY: its user id (to ignore its own messages, spot mentions) and application id (for interactions and commands).</summary>
public sealed record DiscordBotIdentity(string UserId, string Username, string ApplicationId);
