namespace HealLink.Core.Tests.Matching.Embeddings.Onnx;

/// <summary>
/// Nearly normal numbers from a seed: each is the sum of four uniform ones (Irwin–Hall), rescaled to mean 0 and the
/// standard deviation asked, which stops at ±3.5 of them. Our own generator (SplitMix64), not <see cref="Random"/>:
/// it fills MiniLM's 22.6 million weights in a tenth of the time a Box–Muller over Random took, and its sequence
/// cannot change with .NET, so a model written twice with one seed has the same weights.
/// </summary>
internal sealed class SeededNormal(ulong seed)
{
    // The sum of four U(0, 1) has mean 2 and variance 4/12; 16 random bits make each uniform.
    private const float Mean = 2;
    private const float ChunkScale = 1f / 65_536;
    private static readonly float ToStandard = MathF.Sqrt(3);

    private ulong _state = seed;

    public void Fill(Span<float> values, float standardDeviation)
    {
        var scale = ToStandard * standardDeviation;
        for (var i = 0; i < values.Length; i++)
        {
            var bits = Next();
            var sum = ((bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) + ((bits >> 32) & 0xFFFF) + (bits >> 48) + 2f) * ChunkScale;
            values[i] = (sum - Mean) * scale;
        }
    }

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
