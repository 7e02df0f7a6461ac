namespace HealLink.Bot.Channels.Discord.Gateway.Events;

/// <summary>The READY dispatch: the session to resume later and who the bot is.</summary>
internal sealed record DiscordReady(string SessionId, string ResumeGatewayUrl, DiscordUser User, DiscordReadyApplication Application);

internal sealed record DiscordReadyApplication(string Id);
