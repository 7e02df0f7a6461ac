using System.Diagnostics.Metrics;

namespace HealLink.Core.Icebreakers;

/// <summary>
/// Counts how each icebreaker came to be written (meter "HealLink.Icebreakers", counter
/// "heallink.icebreakers.written", tag <c>reason</c>): by the model, or by the template and why; and how long the model
/// took (histogram "heallink.generation.duration", seconds). Counts and durations are all that is kept: the text is
/// people's health story and is never logged.
/// </summary>
public sealed class IcebreakerMetrics : IDisposable
{
    public const string MeterName = "HealLink.Icebreakers";
    public const string CounterName = "heallink.icebreakers.written";
    public const string GenerationDurationName = "heallink.generation.duration";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _written;
    private readonly Histogram<double> _generation;

    /// <param name="meterFactory">The host's; without one (a test, a tool) the meter is this object's own.</param>
    public IcebreakerMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _written = _meter.CreateCounter<long>(CounterName, description: "Icebreakers written, by the model or by the template and why");
        _generation = _meter.CreateHistogram<double>(GenerationDurationName, "s", "Time the model took to answer (or to fail or time out)");
    }

    internal Meter Meter => _meter;

    public void Written(string reason) => _written.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Generated(TimeSpan elapsed) => _generation.Record(elapsed.TotalSeconds);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
