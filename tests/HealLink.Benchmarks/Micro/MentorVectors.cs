using System.Numerics.Tensors;
using HealLink.Core.Matching.Index;

namespace HealLink.Benchmarks.Micro;

/// <summary>
/// Random unit vectors for mentors 0 to count − 1, stored once flat (for the scalar baseline) and once in a
/// <see cref="VectorIndex"/>, with the benchmark's two filters. Seeded, so every run searches the same data.
/// </summary>
internal sealed class MentorVectors : IDisposable
{
    public MentorVectors(int count, int dimensions)
    {
        var random = new Random(1);
        Dimensions = dimensions;
        Ids = [.. Enumerable.Range(0, count).Select(i => (long)i)];
        Flat = new float[(long)count * dimensions];
        Index = new VectorIndex("benchmark-random", dimensions);
        for (var i = 0; i < count; i++)
        {
            var vector = Flat.AsSpan(i * dimensions, dimensions);
            Fill(random, vector);
            Index.Upsert(i, vector);
        }

        OnePercent = [.. Ids.Where(_ => random.Next(100) == 0)];
        Queries = [.. Enumerable.Range(0, 16).Select(_ => Fill(random, new float[dimensions]))];
    }

    public int Dimensions { get; }

    public long[] Ids { get; }

    /// <summary>Mentor i's vector at [i × dimensions, (i + 1) × dimensions).</summary>
    public float[] Flat { get; }

    public VectorIndex Index { get; }

    /// <summary>A cheap predicate that lets every tenth mentor through.</summary>
    public Func<long, bool> TenPercent { get; } = static id => id % 10 == 0;

    /// <summary>About 1% of mentors, picked at random: what a database query for a narrow profile might return.</summary>
    public HashSet<long> OnePercent { get; }

    public float[][] Queries { get; }

    public void Dispose() => Index.Dispose();

    private static float[] Fill(Random random, Span<float> vector)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (random.NextSingle() * 2) - 1;
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector.ToArray();
    }
}
