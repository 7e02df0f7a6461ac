namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>The clock, randomness and waits the Gateway client uses; the defaults are the real ones, tests swap them.</summary>
public sealed class DiscordGatewayTiming
{
    /// <summary>Heartbeats run on this clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Heartbeat and back-off jitter.</summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>Back-off, invalid-session, identify-budget and send-limit waits; null waits on <see cref="Time"/>.</summary>
    public IGatewayDelay? Delay { get; init; }

    /// <summary>How long a closing handshake may take before the socket is dropped.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A connection that has not said Hello by then is given up as dead.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A bigger frame is skipped unread: our events are small, and a huge one is a fault or an attack.</summary>
    public int MaxFrameBytes { get; init; } = 4 * 1024 * 1024;

    internal IGatewayDelay Delays => Delay ?? new TimeProviderGatewayDelay(Time);
}
