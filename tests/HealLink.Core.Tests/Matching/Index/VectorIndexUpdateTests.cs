using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

public sealed class VectorIndexUpdateTests
{
    private const int Dimensions = 16;
    private readonly Random _random = new(23);

    [Fact]
    public void Upsert_NewId_AddsIt()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        var vector = UnitVectorSample.Vector(_random, Dimensions);

        sut.Upsert(42, vector);

        Assert.Equal(1, sut.Count);
        Assert.True(sut.Contains(42));
        Assert.Equal(42, Assert.Single(sut.TopK(vector, 5)).Id);
    }

    [Fact]
    public void VectorOf_AfterUpsertReplaceAndRemove_IsWhatIsStoredNow()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        var before = UnitVectorSample.Vector(_random, Dimensions);
        var after = UnitVectorSample.Vector(_random, Dimensions);

        sut.Upsert(42, before);
        Assert.Equal(before, sut.VectorOf(42));
        sut.Upsert(42, after);
        Assert.Equal(after, sut.VectorOf(42));
        sut.Remove(42);

        Assert.Null(sut.VectorOf(42));
        Assert.Null(sut.VectorOf(7));
    }

    [Fact]
    public void Upsert_ExistingId_ReplacesItsVector()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        var before = UnitVectorSample.Vector(_random, Dimensions);
        var after = UnitVectorSample.Vector(_random, Dimensions);
        sut.Upsert(42, before);

        sut.Upsert(42, after);

        Assert.Equal(1, sut.Count);
        Assert.Equal(1f, Assert.Single(sut.TopK(after, 5)).Score, 1e-5f);
    }

    [Fact]
    public void Remove_PresentId_RemovesItAndReturnsTrue()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        var vector = UnitVectorSample.Vector(_random, Dimensions);
        sut.Upsert(1, vector);
        sut.Upsert(2, UnitVectorSample.Vector(_random, Dimensions));

        Assert.True(sut.Remove(1));

        Assert.Equal(1, sut.Count);
        Assert.False(sut.Contains(1));
        Assert.Equal(2, Assert.Single(sut.TopK(vector, 5)).Id);
    }

    [Fact]
    public void Remove_AbsentId_ReturnsFalse()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        sut.Upsert(1, UnitVectorSample.Vector(_random, Dimensions));

        Assert.False(sut.Remove(2));
        Assert.True(sut.Remove(1));
        Assert.False(sut.Remove(1));
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public void Upsert_AfterRemove_AddsItAgain()
    {
        using var sut = new VectorIndex("test-embedder", Dimensions);
        var vector = UnitVectorSample.Vector(_random, Dimensions);
        sut.Upsert(7, vector);
        sut.Remove(7);

        sut.Upsert(7, vector);

        Assert.Equal(1, sut.Count);
        Assert.Equal(7, Assert.Single(sut.TopK(vector, 5)).Id);
    }

    [Fact]
    public void UpsertAndRemove_ManyAcrossBlocks_SearchesEqualBruteForce()
    {
        var sample = UnitVectorSample.Create(_random, 20_000, Dimensions);
        using var sut = sample.BuildIndex();
        var live = new Dictionary<long, float[]>(sample.Vectors);

        // Removals all over the slots (each moves the last vector into the hole), replacements, and new ids.
        foreach (var id in sample.Ids.Where((_, i) => i % 3 == 0))
        {
            Assert.True(sut.Remove(id));
            live.Remove(id);
        }

        foreach (var id in live.Keys.Where((_, i) => i % 5 == 0).ToList())
        {
            live[id] = UnitVectorSample.Vector(_random, Dimensions);
            sut.Upsert(id, live[id]);
        }

        for (var id = 1L; id <= 1_000; id++)
        {
            live.TryAdd(id, UnitVectorSample.Vector(_random, Dimensions));
            sut.Upsert(id, live[id]);
        }

        Assert.Equal(live.Count, sut.Count);
        Assert.All(live.Keys, id => Assert.True(sut.Contains(id)));
        for (var q = 0; q < 10; q++)
        {
            var query = UnitVectorSample.Vector(_random, Dimensions);
            BruteForce.AssertSameRanking(BruteForce.Rank(live, query, _ => true), 25, sut.TopK(query, 25));
        }
    }
}
