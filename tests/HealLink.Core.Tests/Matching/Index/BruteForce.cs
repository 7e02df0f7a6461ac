using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

/// <summary>
/// The reference: every allowed vector scored with a plain scalar loop (in double precision), and all of them
/// sorted by the index's order: higher score first, then lower id.
/// </summary>
internal static class BruteForce
{
    /// <summary>
    /// Float32 dot products of unit vectors, summed in another order, can differ from the double-precision
    /// reference by a few 1e-7; two ids closer than this may swap places without the index being wrong.
    /// </summary>
    public const double NearTie = 1e-5;

    public static List<(long Id, double Score)> Rank(IReadOnlyDictionary<long, float[]> vectors, float[] query, Func<long, bool> allowed) =>
        [.. vectors.Where(v => allowed(v.Key))
            .Select(v => (v.Key, Dot(query, v.Value)))
            .OrderByDescending(m => m.Item2)
            .ThenBy(m => m.Key)];

    public static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * (double)b[i];
        }

        return sum;
    }

    /// <summary>
    /// Same length as the reference's first k, the same ids in the same order (but for near ties), each with its
    /// true score, ranked by the index's own order with no id twice.
    /// </summary>
    public static void AssertSameRanking(List<(long Id, double Score)> reference, int k, IReadOnlyList<ScoredMatch> actual)
    {
        Assert.Equal(Math.Min(k, reference.Count), actual.Count);
        var referenceScores = reference.ToDictionary(m => m.Id, m => m.Score);
        for (var i = 0; i < actual.Count; i++)
        {
            Assert.True(referenceScores.TryGetValue(actual[i].Id, out var trueScore), $"{actual[i].Id} is not allowed");
            Assert.Equal(trueScore, actual[i].Score, NearTie);
            if (actual[i].Id != reference[i].Id)
            {
                Assert.Equal(reference[i].Score, trueScore, NearTie);
            }

            if (i > 0)
            {
                Assert.True(actual[i - 1].RanksAbove(actual[i]), $"{actual[i - 1]} is not ranked above {actual[i]}");
            }
        }
    }
}
