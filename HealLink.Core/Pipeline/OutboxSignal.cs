using System.Threading.Channels;

namespace HealLink.Core.Pipeline;

/// <summary>
/// Wakes the dispatcher when new outbox rows are committed, so replies go out at once instead of at the next
/// poll. Any number of notifications before the dispatcher looks collapse into one wake-up.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _pending.Writer.TryWrite(true);

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _pending.Reader.ReadAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Timed out: time to poll.
        }
    }
}
