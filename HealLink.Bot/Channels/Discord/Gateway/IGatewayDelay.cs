namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>The client's deliberate waits (not heartbeats), injectable so tests can see and skip them.</summary>
public interface IGatewayDelay
{
    Task DelayAsync(TimeSpan delay, GatewayDelayReason reason, CancellationToken cancellationToken);
}

/// <summary>Really waits, on the given clock.</summary>
public sealed class TimeProviderGatewayDelay(TimeProvider timeProvider) : IGatewayDelay
{
    public Task DelayAsync(TimeSpan delay, GatewayDelayReason reason, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
}
