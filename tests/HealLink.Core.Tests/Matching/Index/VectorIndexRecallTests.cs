namespace HealLink.Core.Tests.Matching.Index;

/// <summary>
/// Recall@10 of the index against the benchmark's baseline, a plain scalar float loop over every vector, for the
/// benchmark's three searches (no filter, 10% predicate, 1% candidate set). The index is exact, so recall is 1.
/// </summary>
public sealed class VectorIndexRecallTests
{
    private const int Dimensions = 384;
    private const int K = 10;

    [Fact]
    public void TopK_TenThousandMentors_RecallAtTenIsOne()
    {
        var random = new Random(31);
        var sample = UnitVectorSample.Create(random, 10_000, Dimensions);
        using var sut = sample.BuildIndex();
        var tenPercent = sample.Select(random, 100);
        var onePercent = sample.Select(random, 10);
        var hits = 0;
        var searches = 0;

        for (var q = 0; q < 10; q++)
        {
            var query = UnitVectorSample.Vector(random, Dimensions);
            hits += Hits(ScalarTopTen(sample, query, _ => true), sut.TopK(query, K).Select(m => m.Id));
            hits += Hits(ScalarTopTen(sample, query, tenPercent.Contains), sut.TopK(query, K, tenPercent.Contains).Select(m => m.Id));
            hits += Hits(ScalarTopTen(sample, query, onePercent.Contains), sut.TopK(query, K, onePercent).Select(m => m.Id));
            searches += 3;
        }

        Assert.Equal(1.0, hits / (double)(searches * K));
    }

    private static int Hits(IEnumerable<long> expected, IEnumerable<long> actual) => expected.Intersect(actual).Count();

    // Float arithmetic, one multiply-add at a time, like the benchmark's baseline.
    private static IEnumerable<long> ScalarTopTen(UnitVectorSample sample, float[] query, Func<long, bool> allowed) =>
        sample.Vectors.Where(v => allowed(v.Key))
            .Select(v =>
            {
                var score = 0f;
                for (var i = 0; i < query.Length; i++)
                {
                    score += query[i] * v.Value[i];
                }

                return (v.Key, score);
            })
            .OrderByDescending(m => m.score)
            .ThenBy(m => m.Key)
            .Take(K)
            .Select(m => m.Key);
}
