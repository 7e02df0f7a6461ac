using System.Collections.Concurrent;
using System.Diagnostics;

namespace HealLink.Benchmarks.Shared;

/// <summary>Collects operation latencies from many concurrent workers.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentQueue<double> _milliseconds = new();

    /// <param name="startTimestamp">A <see cref="Stopwatch"/> reading.</param>
    /// <param name="endTimestamp">A <see cref="Stopwatch"/> reading.</param>
    public void Record(long startTimestamp, long endTimestamp) =>
        _milliseconds.Enqueue(Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMilliseconds);

    public LatencySummary Summarize() => LatencySummary.Of([.. _milliseconds]);
}
