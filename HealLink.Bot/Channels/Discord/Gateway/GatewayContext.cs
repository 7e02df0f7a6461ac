namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>What every connection of one client shares: the session it resumes, where dispatches go, the send budget.</summary>
internal sealed record GatewayContext(
    string Token,
    int Intents,
    GatewaySession Session,
    GatewayDispatcher Dispatcher,
    GatewaySendLimiter Limiter,
    DiscordGatewayTiming Timing,
    ChannelStatus Status,
    Action<DiscordBotIdentity> RememberIdentity,
    ILogger Logger);
