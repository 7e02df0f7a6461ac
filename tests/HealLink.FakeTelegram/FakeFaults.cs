namespace HealLink.FakeTelegram;

/// <summary>Faults queued per method, each answered in place of one call, first queued first answered.</summary>
internal sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<FakeFault>> _next = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, int times, FakeFault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            if (!_next.TryGetValue(method, out var queue))
            {
                _next[method] = queue = new Queue<FakeFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public FakeFault? TakeNext(string method)
    {
        lock (_gate)
        {
            return _next.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _next.Clear();
        }
    }

    public int Pending(string method)
    {
        lock (_gate)
        {
            return _next.TryGetValue(method, out var queue) ? queue.Count : 0;
        }
    }
}
