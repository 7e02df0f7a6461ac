using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

public sealed class VectorIndexValidationTests
{
    private const int Dimensions = 8;
    private static readonly float[] _unit = [1, 0, 0, 0, 0, 0, 0, 0];

    public static TheoryData<float[]> BadVectors => new()
    {
        new float[Dimensions - 1],
        new float[Dimensions + 1],
        new float[Dimensions],
        new float[] { 1, 1, 0, 0, 0, 0, 0, 0 },
        new float[] { 0.998f, 0, 0, 0, 0, 0, 0, 0 },
        new float[] { float.NaN, 0, 0, 0, 0, 0, 0, 0 },
        new float[] { 1, float.NaN, 0, 0, 0, 0, 0, 0 },
        new float[] { float.PositiveInfinity, 0, 0, 0, 0, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(BadVectors))]
    public void Upsert_BadVector_Throws(float[] vector)
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);

        Assert.Throws<ArgumentException>(nameof(vector), () => sut.Upsert(1, vector));
        Assert.Equal(0, sut.Count);
    }

    [Theory]
    [MemberData(nameof(BadVectors))]
    public void TopK_BadQuery_Throws(float[] query)
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        sut.Upsert(1, _unit);

        Assert.Throws<ArgumentException>(nameof(query), () => sut.TopK(query, 1));
        Assert.Throws<ArgumentException>(nameof(query), () => sut.TopK(query, 1, _ => true));
        Assert.Throws<ArgumentException>(nameof(query), () => sut.TopK(query, 1, new HashSet<long> { 1 }));
    }

    [Fact]
    public void Upsert_NormWithinTolerance_IsAccepted()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);

        sut.Upsert(1, [1.0005f, 0, 0, 0, 0, 0, 0, 0]);

        Assert.Equal(1, sut.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void TopK_NonPositiveK_Throws(int k)
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);

        Assert.Throws<ArgumentOutOfRangeException>(nameof(k), () => sut.TopK(_unit, k));
    }

    [Fact]
    public void TopK_NullFilter_Throws()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);

        Assert.Throws<ArgumentNullException>("filter", () => sut.TopK(_unit, 1, (Func<long, bool>)null!));
        Assert.Throws<ArgumentNullException>("candidates", () => sut.TopK(_unit, 1, (IReadOnlySet<long>)null!));
    }

    [Theory]
    [InlineData("", 8)]
    [InlineData(" ", 8)]
    [InlineData("test-embedder", 0)]
    public void Constructor_BadArguments_Throws(string embedderId, int dimensions) =>
        Assert.ThrowsAny<ArgumentException>(() => new VectorIndex(embedderId, dimensions));
}
