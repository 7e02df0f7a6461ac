namespace HealLink.Benchmarks.Shared;

/// <summary>Percentiles of a set of latencies, in milliseconds, by nearest rank; and their mean.</summary>
internal sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencySummary Of(double[] milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Length == 0)
        {
            throw new ArgumentException("No latencies were recorded", nameof(milliseconds));
        }

        Array.Sort(milliseconds);
        return new LatencySummary(
            milliseconds.Length,
            Percentile(milliseconds, 0.50),
            Percentile(milliseconds, 0.90),
            Percentile(milliseconds, 0.99),
            milliseconds[^1],
            milliseconds.Average());
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
