namespace HealLink.FakeDiscord.Rest;

/// <summary>
/// Faults queued by route (<c>POST /channels/{channel}/messages</c>), template, or HTTP method, each answered in
/// place of one request, first queued first answered.
/// </summary>
internal sealed class FakeRestFaults
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<FakeRestFault>> _next = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string routeOrMethod, int times, FakeRestFault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(routeOrMethod);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            if (!_next.TryGetValue(routeOrMethod, out var queue))
            {
                _next[routeOrMethod] = queue = new Queue<FakeRestFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public FakeRestFault? TakeNext(FakeRestRoute route)
    {
        lock (_gate)
        {
            foreach (var key in new[] { route.Name, route.Template, route.Method })
            {
                if (_next.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault))
                {
                    return fault;
                }
            }

            return null;
        }
    }
}
