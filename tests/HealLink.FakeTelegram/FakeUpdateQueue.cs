using System.Text.Json.Nodes;
using HealLink.FakeTelegram.Routing;

namespace HealLink.FakeTelegram;

/// <summary>
/// The bot's pending updates, as Telegram keeps them: ids rise by one, an update stays until confirmed, and a long poll
/// waits for the next one. Only one getUpdates may wait at a time; a newer one ends the older with a 409.
/// </summary>
internal sealed class FakeUpdateQueue(TimeProvider time)
{
    /// <summary>Realistically large, and far from user and message ids so a mix-up shows.</summary>
    public const long FirstUpdateId = 100_000_001;

    private readonly Lock _gate = new();
    private readonly List<PendingUpdate> _pending = [];
    private readonly Queue<string> _rawBodies = new();
    private long _nextId = FirstUpdateId;
    private long _confirmedOffset = FirstUpdateId;
    private AllowedUpdates _allowed = AllowedUpdates.Default;
    private TaskCompletionSource _arrival = NewSignal();
    private PollTicket? _activePoll;

    public long ConfirmedOffset
    {
        get
        {
            lock (_gate)
            {
                return _confirmedOffset;
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Whether a getUpdates is waiting for an update right now.</summary>
    public bool IsLongPolling
    {
        get
        {
            lock (_gate)
            {
                return _activePoll?.IsWaiting == true;
            }
        }
    }

    public AllowedUpdates Allowed
    {
        get
        {
            lock (_gate)
            {
                return _allowed;
            }
        }

        set
        {
            lock (_gate)
            {
                _allowed = value;
            }
        }
    }

    /// <summary>Gives the payload the next update_id and queues it, unless its type is not allowed; returns the id.</summary>
    public long Enqueue(JsonObject payload)
    {
        var type = payload.Select(p => p.Key).FirstOrDefault(k => k != "update_id");
        lock (_gate)
        {
            var id = _nextId++;
            if (_allowed.Allows(type))
            {
                var update = new JsonObject { ["update_id"] = id };
                foreach (var (name, value) in payload.Where(p => p.Key != "update_id"))
                {
                    update[name] = value?.DeepClone();
                }

                _pending.Add(new PendingUpdate(id, ApiAnswers.Serialize(update)));
                Signal();
            }

            return id;
        }
    }

    public void EnqueueRawBody(string body)
    {
        lock (_gate)
        {
            _rawBodies.Enqueue(body);
            Signal();
        }
    }

    /// <summary>
    /// getUpdates: confirms by offset, then answers what is pending (or a raw body), waiting up to the timeout for
    /// something to arrive. Throws a 409 if a newer poll or a webhook ends this one.
    /// </summary>
    public async Task<ApiResult> PollAsync(long offset, int limit, TimeSpan timeout, CancellationToken aborted)
    {
        var ticket = new PollTicket();
        lock (_gate)
        {
            _activePoll?.Supersede("terminated by other getUpdates request; make sure that only one bot instance is running");
            _activePoll = ticket;
            Confirm(offset);
        }

        try
        {
            var deadline = time.GetUtcNow() + timeout;
            while (true)
            {
                Task arrival;
                lock (_gate)
                {
                    if (_rawBodies.TryDequeue(out var raw))
                    {
                        return ApiResult.Raw("[" + raw + "]");
                    }

                    if (_pending.Count > 0)
                    {
                        return ApiResult.Raw("[" + string.Join(",", _pending.Take(limit).Select(u => u.Json)) + "]");
                    }

                    arrival = _arrival.Task;
                }

                var remaining = deadline - time.GetUtcNow();
                if (remaining <= TimeSpan.Zero || !await ticket.WaitAsync(arrival, remaining, time, aborted))
                {
                    return ApiResult.Of(new JsonArray());
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                if (_activePoll == ticket)
                {
                    _activePoll = null;
                }
            }
        }
    }

    /// <summary>Ends a waiting long poll with a 409, as setting a webhook does.</summary>
    public void EndPoll(string conflict)
    {
        lock (_gate)
        {
            _activePoll?.Supersede(conflict);
        }
    }

    /// <summary>The oldest pending update, waiting for one if none is pending (webhook delivery).</summary>
    public async Task<PendingUpdate> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task arrival;
            lock (_gate)
            {
                if (_pending.Count > 0)
                {
                    return _pending[0];
                }

                arrival = _arrival.Task;
            }

            await arrival.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Confirms one update, as a webhook's 2xx does.</summary>
    public void Confirm(PendingUpdate update)
    {
        lock (_gate)
        {
            _pending.Remove(update);
            _confirmedOffset = Math.Max(_confirmedOffset, update.Id + 1);
        }
    }

    public void DropPending()
    {
        lock (_gate)
        {
            _pending.Clear();
            _confirmedOffset = _nextId;
        }
    }

    /// <summary>offset &gt; 0 drops updates below it; -N keeps only the last N; 0 changes nothing.</summary>
    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _pending.RemoveAll(u => u.Id < offset);
            _confirmedOffset = Math.Max(_confirmedOffset, offset);
        }
        else if (offset < 0)
        {
            var keep = (int)Math.Min(-offset, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
            _confirmedOffset = _pending.Count > 0 ? _pending[0].Id : _nextId;
        }
    }

    private void Signal()
    {
        var arrived = _arrival;
        _arrival = NewSignal();
        arrived.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A queued update, already serialized with its update_id first.</summary>
internal sealed record PendingUpdate(long Id, string Json);
