using System.Numerics.Tensors;
using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

/// <summary>The scan's own dot product gives the library's answer at every length: whole vectors, remainders, none.</summary>
public sealed class DotProductTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(384)]
    [InlineData(512)]
    [InlineData(1001)]
    public void Of_RandomVectors_SameAsTensorPrimitives(int length)
    {
        var random = new Random(length);
        var x = Enumerable.Range(0, length).Select(_ => random.NextSingle() - 0.5f).ToArray();
        var y = Enumerable.Range(0, length).Select(_ => random.NextSingle() - 0.5f).ToArray();

        var sut = DotProduct.Of(x, y);

        Assert.Equal(TensorPrimitives.Dot(x, y), sut, 1e-4f);
    }

    [Fact]
    public void Of_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() => DotProduct.Of(new float[4], new float[5]));
    }
}
