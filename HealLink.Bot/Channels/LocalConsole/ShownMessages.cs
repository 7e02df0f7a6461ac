namespace HealLink.Bot.Channels.LocalConsole;

/// <summary>
/// Which outbox messages the terminal has printed. A retry of one already printed (its success went unrecorded)
/// is not printed again, and the chat loop waits for a message's replies before it shows the next prompt.
/// </summary>
public sealed class ShownMessages(TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private readonly HashSet<long> _shown = [];
    private readonly List<Waiter> _waiters = [];

    public bool WasShown(long outboxId)
    {
        lock (_lock)
        {
            return _shown.Contains(outboxId);
        }
    }

    /// <summary>Records a message as printed, after it was: whoever waits for it may print the prompt next.</summary>
    public void MarkShown(long outboxId)
    {
        lock (_lock)
        {
            if (!_shown.Add(outboxId))
            {
                return;
            }

            foreach (var waiter in _waiters.Where(w => w.Remaining.Remove(outboxId) && w.Remaining.Count == 0).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Completes when every one of <paramref name="outboxIds"/> is printed (true), or after the timeout (false), so
    /// a caller and its tests can tell a reply that arrived from a wait that gave up.
    /// </summary>
    public async Task<bool> WaitUntilShownAsync(IReadOnlyCollection<long> outboxIds, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_lock)
        {
            var remaining = outboxIds.Where(id => !_shown.Contains(id)).ToHashSet();
            if (remaining.Count == 0)
            {
                return true;
            }

            waiter = new Waiter(remaining, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
        }

        try
        {
            await waiter.Done.Task.WaitAsync(timeout, timeProvider, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            // Delivery is slow (retrying); the replies print when they arrive.
            return false;
        }
        finally
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    private sealed record Waiter(HashSet<long> Remaining, TaskCompletionSource Done);
}
