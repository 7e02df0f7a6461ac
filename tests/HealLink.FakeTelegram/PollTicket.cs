using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>One waiting getUpdates, which a newer getUpdates or a new webhook may end with a conflict.</summary>
internal sealed class PollTicket
{
    private readonly TaskCompletionSource<string> _superseded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private volatile bool _waiting;

    /// <summary>Whether the poll found nothing to answer and is waiting for an update.</summary>
    public bool IsWaiting => _waiting;

    public void Supersede(string conflict) => _superseded.TrySetResult(conflict);

    /// <summary>
    /// True when something arrived, false when the time ran out. Throws a 409 when superseded, and
    /// OperationCanceledException when the client gave up.
    /// </summary>
    public async Task<bool> WaitAsync(Task arrival, TimeSpan timeout, TimeProvider time, CancellationToken aborted)
    {
        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var delay = Task.Delay(timeout, time, stopDelay.Token);
        _waiting = true;
        await Task.WhenAny(arrival, _superseded.Task, delay);
        _waiting = false;
        await stopDelay.CancelAsync();
        if (_superseded.Task.IsCompleted)
        {
            throw TelegramError.Conflict(await _superseded.Task);
        }

        aborted.ThrowIfCancellationRequested();
        return arrival.IsCompleted;
    }
}
