using System.Diagnostics.Metrics;
using HealLink.Core.Icebreakers;

namespace HealLink.Core.Tests.Icebreakers;

/// <summary>Listens to one <see cref="IcebreakerMetrics"/> (not to other tests') and tallies its counter by reason.</summary>
internal sealed class IcebreakerCounts : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, long> _byReason = [];
    private readonly Lock _gate = new();

    public IcebreakerCounts(IcebreakerMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == metrics.Meter && instrument.Name == IcebreakerMetrics.CounterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason" && tag.Value is string reason)
                {
                    lock (_gate)
                    {
                        _byReason[reason] = _byReason.GetValueOrDefault(reason) + value;
                    }
                }
            }
        });
        _listener.Start();
    }

    public IReadOnlyDictionary<string, long> ByReason
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, long>(_byReason);
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
