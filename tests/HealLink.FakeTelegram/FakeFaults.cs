namespace HealLink.FakeTelegram;

/// <summary>
/// Faults queued per method, each answered in place of one call, first queued first answered; and per method, a chance
/// that a call with nothing queued gets one of a set of faults, drawn from a seeded sequence.
/// </summary>
internal sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<FakeFault>> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RandomFaults> _random = new(StringComparer.OrdinalIgnoreCase);

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

    public void AddRandom(string method, double probability, int seed, IReadOnlyList<FakeFault> faults)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentOutOfRangeException.ThrowIfZero(faults.Count);
        lock (_gate)
        {
            _random[method] = new RandomFaults(probability, new Random(seed), [.. faults]);
        }
    }

    public FakeFault? TakeNext(string method)
    {
        lock (_gate)
        {
            if (_next.TryGetValue(method, out var queue) && queue.TryDequeue(out var fault))
            {
                return fault;
            }

            return _random.TryGetValue(method, out var chance) ? chance.Draw() : null;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _next.Clear();
            _random.Clear();
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

/// <summary>A fault with this probability per call, which one chosen at random; draws only under the caller's lock.</summary>
internal sealed record RandomFaults(double Probability, Random Random, FakeFault[] Faults)
{
    public FakeFault? Draw() => Random.NextDouble() < Probability ? Faults[Random.Next(Faults.Length)] : null;
}
