using System.Collections.Concurrent;
using HealLink.Bot.Channels.Discord.Gateway;

namespace HealLink.Bot.Tests.Channels.Discord.Gateway;

/// <summary>Records the waits the client chooses and skips them (a few real milliseconds, so no loop can spin).</summary>
internal sealed class RecordingGatewayDelay : IGatewayDelay
{
    private readonly ConcurrentQueue<(TimeSpan Delay, GatewayDelayReason Reason)> _delays = new();

    public IReadOnlyList<(TimeSpan Delay, GatewayDelayReason Reason)> Delays => [.. _delays];

    /// <summary>Called at each wait, before it is skipped: to look at the fake at that moment, or to stop the client.</summary>
    public Action<TimeSpan, GatewayDelayReason>? OnDelay { get; set; }

    public IReadOnlyList<TimeSpan> Of(GatewayDelayReason reason) => [.. Delays.Where(d => d.Reason == reason).Select(d => d.Delay)];

    public async Task DelayAsync(TimeSpan delay, GatewayDelayReason reason, CancellationToken cancellationToken)
    {
        _delays.Enqueue((delay, reason));
        OnDelay?.Invoke(delay, reason);
        await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
    }
}
