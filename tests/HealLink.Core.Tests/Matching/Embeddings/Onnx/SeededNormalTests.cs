namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

public sealed class SeededNormalTests
{
    [Fact]
    public void Fill_SameSeed_GivesTheSameNumbers()
    {
        var first = new float[1001];
        var second = new float[1001];

        new SeededNormal(7).Fill(first, 0.02f);
        new SeededNormal(7).Fill(second, 0.02f);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Fill_ManyNumbers_AreNearlyNormalWithTheStandardDeviationAsked()
    {
        var values = new float[100_000];

        new SeededNormal(1).Fill(values, 0.02f);

        Assert.Equal(0, values.Average(), 1e-3);
        Assert.Equal(0.02, Math.Sqrt(values.Average(value => (double)value * value)), 1e-3);
        // Within one standard deviation: 68 % of a normal distribution, 67 % of this one, 58 % of a uniform one.
        Assert.InRange(values.Count(value => Math.Abs(value) < 0.02f) / (double)values.Length, 0.66, 0.70);
    }
}
