using System.Numerics.Tensors;

namespace HealLink.Core.Matching.Index;

/// <summary>Checks a vector before it is stored or searched with.</summary>
internal static class UnitVectors
{
    /// <summary>
    /// Embedders return float32 unit vectors; rounding leaves their norm within about 1e-6 of 1, so anything
    /// further off was not normalised (or came from elsewhere) and would distort every score it takes part in.
    /// </summary>
    public const float NormTolerance = 1e-3f;

    public static void EnsureUnit(ReadOnlySpan<float> vector, int dimensions, string paramName)
    {
        if (vector.Length != dimensions)
        {
            throw new ArgumentException($"The vector has {vector.Length} dimensions; this index holds {dimensions}.", paramName);
        }

        var norm = TensorPrimitives.Norm(vector);

        // Written as "not within" so that a NaN or an infinity anywhere (which makes the norm NaN or infinite)
        // fails too: every comparison with NaN is false.
        if (!(MathF.Abs(norm - 1f) <= NormTolerance))
        {
            throw new ArgumentException($"The vector must have unit length and finite values; its norm is {norm}.", paramName);
        }
    }
}
