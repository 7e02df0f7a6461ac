using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

public sealed class VectorIndexSearchTests
{
    private const int Dimensions = 64;
    private static readonly int[] _ks = [1, 10, 37, 100];

    [Theory]
    [InlineData(1000)]
    [InlineData(100)]
    [InlineData(10)]
    [InlineData(1)]
    public void TopK_PredicateFilter_EqualsBruteForce(int perMille)
    {
        var random = new Random(perMille);
        var sample = UnitVectorSample.Create(random, 8_000, Dimensions);
        using var sut = sample.BuildIndex();
        var allowed = sample.Select(random, perMille);

        for (var q = 0; q < 10; q++)
        {
            var query = UnitVectorSample.Vector(random, Dimensions);
            var reference = BruteForce.Rank(sample.Vectors, query, allowed.Contains);
            foreach (var k in _ks)
            {
                BruteForce.AssertSameRanking(reference, k, sut.TopK(query, k, allowed.Contains));
            }
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(100)]
    [InlineData(10)]
    [InlineData(1)]
    public void TopK_CandidateSet_EqualsBruteForce(int perMille)
    {
        var random = new Random(perMille + 1);
        var sample = UnitVectorSample.Create(random, 8_000, Dimensions);
        using var sut = sample.BuildIndex();
        var allowed = sample.Select(random, perMille);

        // Ids the index has never seen are part of real candidate sets (a profile not embedded yet) and are skipped.
        var candidates = allowed.Concat(Enumerable.Range(0, 50).Select(_ => random.NextInt64())).ToHashSet();

        for (var q = 0; q < 10; q++)
        {
            var query = UnitVectorSample.Vector(random, Dimensions);
            var reference = BruteForce.Rank(sample.Vectors, query, allowed.Contains);
            foreach (var k in _ks)
            {
                BruteForce.AssertSameRanking(reference, k, sut.TopK(query, k, candidates));
            }
        }
    }

    [Fact]
    public void TopK_NoFilter_EqualsBruteForce()
    {
        var random = new Random(7);
        var sample = UnitVectorSample.Create(random, 8_000, Dimensions);
        using var sut = sample.BuildIndex();

        for (var q = 0; q < 10; q++)
        {
            var query = UnitVectorSample.Vector(random, Dimensions);
            var reference = BruteForce.Rank(sample.Vectors, query, _ => true);
            foreach (var k in _ks)
            {
                BruteForce.AssertSameRanking(reference, k, sut.TopK(query, k));
            }
        }
    }

    [Fact]
    public void TopK_OnePercentFilter_StillReturnsK()
    {
        var random = new Random(11);
        var sample = UnitVectorSample.Create(random, 5_000, Dimensions);
        using var sut = sample.BuildIndex();
        var allowed = sample.Select(random, 10);
        var query = UnitVectorSample.Vector(random, Dimensions);

        Assert.True(allowed.Count >= 10);
        Assert.Equal(10, sut.TopK(query, 10, allowed.Contains).Count);
        Assert.Equal(10, sut.TopK(query, 10, allowed).Count);
        Assert.All(sut.TopK(query, 10, allowed), m => Assert.Contains(m.Id, allowed));
    }

    [Fact]
    public void TopK_KLargerThanAllowed_ReturnsAllAllowedRanked()
    {
        var random = new Random(13);
        var sample = UnitVectorSample.Create(random, 1_000, Dimensions);
        using var sut = sample.BuildIndex();
        var allowed = sample.Ids.Take(7).ToHashSet();
        var query = UnitVectorSample.Vector(random, Dimensions);
        var reference = BruteForce.Rank(sample.Vectors, query, allowed.Contains);

        BruteForce.AssertSameRanking(reference, 7, sut.TopK(query, 50, allowed));
        BruteForce.AssertSameRanking(reference, 7, sut.TopK(query, 50, allowed.Contains));
        Assert.Equal(1_000, sut.TopK(query, 5_000).Count);
    }

    [Fact]
    public void TopK_EqualScores_LowerIdFirst()
    {
        var random = new Random(17);
        var twin = UnitVectorSample.Vector(random, Dimensions);
        using var sut = new VectorIndex("test-embedder", Dimensions);
        sut.Upsert(9, twin);

        // Enough others between them that the twins sit in different storage blocks.
        for (var id = 100; id < 5_000; id++)
        {
            sut.Upsert(id, UnitVectorSample.Vector(random, Dimensions));
        }

        sut.Upsert(3, twin);
        sut.Upsert(5, twin);

        var top = sut.TopK(twin, 3);

        Assert.Equal([3L, 5L, 9L], top.Select(m => m.Id));
        Assert.Equal(top[0].Score, top[2].Score);
    }

    [Fact]
    public void TopK_EmptyIndexOrNoCandidates_ReturnsEmpty()
    {
        var query = UnitVectorSample.Vector(new Random(19), Dimensions);
        using var sut = new VectorIndex("test-embedder", Dimensions);

        Assert.Empty(sut.TopK(query, 10));
        sut.Upsert(1, query);
        Assert.Empty(sut.TopK(query, 10, _ => false));
        Assert.Empty(sut.TopK(query, 10, new HashSet<long>()));
        Assert.Empty(sut.TopK(query, 10, new HashSet<long> { 2 }));
    }
}
