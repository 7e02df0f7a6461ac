using System.Net.WebSockets;

namespace HealLink.Bot.Channels.Discord.Gateway;

/// <summary>
/// One connection's heartbeat: the first beat after interval × jitter (so clients restarted together spread out),
/// then one per interval, each carrying the last sequence. A beat due while the previous one is still unacknowledged
/// means the connection is a zombie (Discord.Net's "server missed last heartbeat"): it is reported, not beaten.
/// </summary>
internal sealed partial class GatewayHeartbeat(
    GatewayContext context,
    Func<byte[], CancellationToken, Task> send,
    Func<Task> onZombie)
{
    private int _acknowledged = 1;

    public void Acknowledged() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>Discord asked for one (op 1). It does not count as a beat: its ACK is not awaited.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) =>
        send(GatewayPayloads.Heartbeat(context.Session.Sequence), cancellationToken);

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * context.Timing.Random.NextDouble(), context.Timing.Time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
                {
                    LogZombie(context.Logger, interval);
                    await onZombie();
                    return;
                }

                await send(GatewayPayloads.Heartbeat(context.Session.Sequence), cancellationToken);
                await Task.Delay(interval, context.Timing.Time, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; its receive loop reports why.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord did not acknowledge the last heartbeat within {Interval}: the connection is a zombie; reconnecting to resume")]
    private static partial void LogZombie(ILogger logger, TimeSpan interval);
}
