using HealLink.Core.Matching.Index;

namespace HealLink.Core.Tests.Matching.Index;

/// <summary>Seeded random unit vectors under random distinct ids, the same for every run.</summary>
internal sealed class UnitVectorSample
{
    private UnitVectorSample(Dictionary<long, float[]> vectors) => Vectors = vectors;

    public Dictionary<long, float[]> Vectors { get; }

    public IEnumerable<long> Ids => Vectors.Keys;

    public static UnitVectorSample Create(Random random, int count, int dimensions)
    {
        var vectors = new Dictionary<long, float[]>(count);
        while (vectors.Count < count)
        {
            // Arbitrary ids, negatives included: nothing may assume they are small or dense.
            vectors.TryAdd(random.NextInt64(long.MinValue, long.MaxValue), Vector(random, dimensions));
        }

        return new UnitVectorSample(vectors);
    }

    public static float[] Vector(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        var sumOfSquares = 0.0;
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (random.NextSingle() * 2) - 1;
            sumOfSquares += vector[i] * (double)vector[i];
        }

        var norm = Math.Sqrt(sumOfSquares);
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(vector[i] / norm);
        }

        return vector;
    }

    public VectorIndex BuildIndex(string embedderId = "test-embedder")
    {
        var index = new VectorIndex(embedderId, Vectors.First().Value.Length);
        foreach (var (id, vector) in Vectors)
        {
            index.Upsert(id, vector);
        }

        return index;
    }

    /// <summary>About <paramref name="perMille"/> ‰ of the ids, picked at random.</summary>
    public HashSet<long> Select(Random random, int perMille) => [.. Ids.Where(_ => random.Next(1000) < perMille)];
}
