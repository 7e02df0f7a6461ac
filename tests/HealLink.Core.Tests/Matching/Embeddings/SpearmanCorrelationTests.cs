using HealLink.Core.Matching.Embeddings;

namespace HealLink.Core.Tests.Matching.Embeddings;

public sealed class SpearmanCorrelationTests
{
    [Fact]
    public void AverageRanks_NoTies_AreOneBasedPositionsInOrder()
    {
        Assert.Equal([2.0, 4.0, 1.0, 3.0], SpearmanCorrelation.AverageRanks([0.5, 9, -3, 2]));
    }

    [Fact]
    public void AverageRanks_Ties_ShareTheMeanOfTheRanksTheySpan()
    {
        // 20 and 20 take ranks 2 and 3; the three 3s take ranks 2, 3 and 4.
        Assert.Equal([1.0, 2.5, 2.5, 4.0], SpearmanCorrelation.AverageRanks([10, 20, 20, 30]));
        Assert.Equal([3.0, 1.0, 3.0, 3.0], SpearmanCorrelation.AverageRanks([3, 1, 3, 3]));
    }

    [Fact]
    public void Compute_SameOrder_IsOneEvenWhenNotLinear()
    {
        Assert.Equal(1.0, SpearmanCorrelation.Compute([1, 10, 100, 1000], [1, 2, 3, 4]), 12);
    }

    [Fact]
    public void Compute_ReversedOrder_IsMinusOne()
    {
        Assert.Equal(-1.0, SpearmanCorrelation.Compute([1, 2, 3, 4], [0.9, 0.5, 0.2, 0.1]), 12);
    }

    [Fact]
    public void Compute_TwoNeighboursSwapped_MatchesTheTextbookFormula()
    {
        // No ties: 1 - 6·Σd²/(n(n²-1)) with d = (-1, 1, -1, 1, 0), so 1 - 6·4/120 = 0.8.
        Assert.Equal(0.8, SpearmanCorrelation.Compute([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]), 12);
    }

    [Fact]
    public void Compute_Ties_IsPearsonOfAverageRanks()
    {
        // Ranks (1, 2.5, 2.5, 4) and (1, 3, 2, 4): covariance sum 4.5, squared deviations 4.5 and 5, so 3/√10.
        Assert.Equal(3 / Math.Sqrt(10), SpearmanCorrelation.Compute([1, 2, 2, 3], [1, 3, 2, 4]), 12);
    }

    [Fact]
    public void Compute_ConstantSeries_IsNaN()
    {
        Assert.True(double.IsNaN(SpearmanCorrelation.Compute([2, 2, 2], [1, 2, 3])));
    }

    [Fact]
    public void Compute_SeriesOfDifferentLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => SpearmanCorrelation.Compute([1, 2, 3], [1, 2]));
    }

    [Fact]
    public void Compute_NaNValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => SpearmanCorrelation.Compute([1, double.NaN, 3], [1, 2, 3]));
    }
}
