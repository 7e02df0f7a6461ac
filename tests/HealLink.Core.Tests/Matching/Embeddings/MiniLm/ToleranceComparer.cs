namespace HealLink.Core.Tests.Matching.Embeddings.MiniLm;

/// <summary>Floats equal within an absolute tolerance: the runtime may sum in another order than a hand computation.</summary>
internal sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float>
{
    public bool Equals(float x, float y) => MathF.Abs(x - y) <= tolerance;

    // Values within the tolerance must land together; only the comparer's Equals is used by Assert.Equal on sequences.
    public int GetHashCode(float obj) => 0;
}
