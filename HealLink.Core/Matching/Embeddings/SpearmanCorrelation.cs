namespace HealLink.Core.Matching.Embeddings;

/// <summary>
/// Spearman's rank correlation: Pearson's correlation of the ranks, tied values sharing the average of the ranks
/// they span (the definition scipy and the STS literature use, so our numbers compare with published ones).
/// </summary>
public static class SpearmanCorrelation
{
    /// <returns>A value in [-1, 1]; NaN when either series is constant, as its ranks then have no variance.</returns>
    public static double Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"The series differ in length ({x.Count} and {y.Count}).", nameof(y));
        }

        if (x.Count < 2)
        {
            throw new ArgumentException("At least two pairs are needed.", nameof(x));
        }

        return Pearson(AverageRanks(x), AverageRanks(y));
    }

    /// <summary>1-based ranks; a run of equal values all get the mean of the ranks the run covers.</summary>
    public static double[] AverageRanks(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(double.IsNaN))
        {
            throw new ArgumentException("NaN has no rank.", nameof(values));
        }

        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && values[order[end]] == values[order[start]])
            {
                end++;
            }

            // Positions start..end-1 hold equal values: ranks start+1..end, whose mean is this.
            var rank = (start + 1 + end) / 2.0;
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end;
        }

        return ranks;
    }

    private static double Pearson(double[] x, double[] y)
    {
        var meanX = x.Average();
        var meanY = y.Average();
        double covariance = 0, varianceX = 0, varianceY = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }

        return varianceX == 0 || varianceY == 0 ? double.NaN : covariance / Math.Sqrt(varianceX * varianceY);
    }
}
