namespace HealLink.Benchmarks.Shared;

/// <summary>A number of operations done in a measured time, with the latency of each.</summary>
internal sealed record LoadMeasurement(int Operations, TimeSpan Elapsed, LatencySummary Latency)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;
}
