using HealLink.Core.Matching.Embeddings.MiniLm;

namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

public sealed class MaskedMeanPoolingTests
{
    [Fact]
    public void Pool_TwoRowsWithPadding_AveragesOnlyRealTokensThenNormalises()
    {
        // Row 0: tokens (3, 0) and (1, 4); row 1: token (0, 2), then padding (100, 100) that must not count.
        float[] hidden = [3, 0, 1, 4, 0, 2, 100, 100];
        long[] mask = [1, 1, 1, 0];

        var vectors = MaskedMeanPooling.Pool(hidden, mask, batchSize: 2, sequenceLength: 2, dimensions: 2);

        // Row 0's mean is (2, 2), so (1/√2, 1/√2); row 1's is (0, 2), so (0, 1).
        Assert.Equal(1 / MathF.Sqrt(2), vectors[0][0], 6);
        Assert.Equal(1 / MathF.Sqrt(2), vectors[0][1], 6);
        Assert.Equal([0f, 1f], vectors[1]);
    }

    [Fact]
    public void Pool_AnyRow_HasUnitLength()
    {
        float[] hidden = [0.3f, -7, 2.5f, 11, 0.01f, -4];
        long[] mask = [1, 1, 1];

        var vector = Assert.Single(MaskedMeanPooling.Pool(hidden, mask, 1, 3, 2));

        Assert.Equal(1, MathF.Sqrt(vector.Sum(x => x * x)), 5);
    }

    [Fact]
    public void Pool_RowWithNoTokens_IsZeroRatherThanNaN()
    {
        var vector = Assert.Single(MaskedMeanPooling.Pool([5f, 5f], [0L], 1, 1, 2));

        Assert.Equal([0f, 0f], vector);
    }

    [Fact]
    public void Pool_ShapeThatDoesNotFitTheValues_ThrowsNamingTheShape()
    {
        var exception = Assert.Throws<ArgumentException>(() => MaskedMeanPooling.Pool(new float[7], new long[4], 2, 2, 2));

        Assert.Contains("[2, 2, 2]", exception.Message, StringComparison.Ordinal);
    }
}
