using HealLink.Bot.Channels.Telegram;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// Keeps us under the Gateway's 120 events per 60 s (going over closes the connection with 4008). Heartbeats skip
/// the queue, since a late heartbeat is a zombie connection; the others get 110 of the 120, leaving room for the
/// at most two heartbeats a minute. The budget is for the process, not per connection, which is stricter than needed.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider, IGatewayDelay delay)
{
    private const int EventsPerMinute = 110;

    private readonly TokenBucket _bucket = new(EventsPerMinute / 60.0, EventsPerMinute, timeProvider);

    public Task WaitTurnAsync(CancellationToken cancellationToken) =>
        _bucket.Reserve() is var wait && wait > TimeSpan.Zero
            ? delay.DelayAsync(wait, GatewayDelayReason.SendLimit, cancellationToken)
            : Task.CompletedTask;
}
