using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HealLink.Core.Matching.Index;

/// <summary>
/// The scan's dot product, compiled for this machine from the first call. TensorPrimitives.Dot is as fast once the JIT
/// has recompiled it, but a fresh process first runs its ready-to-run code, built for a baseline CPU: measured with the
/// benchmarks' <c>index-warmup</c>, the first 50–100 searches of 10,000 mentors took 8–10× their steady time, and the
/// first searches after a start are the ones people wait on. Aggressive optimisation skips that first tier.
/// </summary>
internal static class DotProduct
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Of(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("The vectors differ in length.", nameof(y));
        }

        ref var a = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
        ref var b = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
        var length = (nuint)x.Length;
        nuint i = 0;
        var sum = 0f;
        if (Vector512.IsHardwareAccelerated && length >= (nuint)Vector512<float>.Count)
        {
            // Four sums, so four multiply-adds are in flight instead of each waiting for the one before.
            var step = (nuint)Vector512<float>.Count;
            Vector512<float> s0 = default, s1 = default, s2 = default, s3 = default;
            for (; i + (4 * step) <= length; i += 4 * step)
            {
                s0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i), Vector512.LoadUnsafe(ref b, i), s0);
                s1 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i + step), Vector512.LoadUnsafe(ref b, i + step), s1);
                s2 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i + (2 * step)), Vector512.LoadUnsafe(ref b, i + (2 * step)), s2);
                s3 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i + (3 * step)), Vector512.LoadUnsafe(ref b, i + (3 * step)), s3);
            }

            for (; i + step <= length; i += step)
            {
                s0 = Vector512.FusedMultiplyAdd(Vector512.LoadUnsafe(ref a, i), Vector512.LoadUnsafe(ref b, i), s0);
            }

            sum = Vector512.Sum((s0 + s1) + (s2 + s3));
        }
        else if (Vector256.IsHardwareAccelerated && length >= (nuint)Vector256<float>.Count)
        {
            var step = (nuint)Vector256<float>.Count;
            Vector256<float> s0 = default, s1 = default, s2 = default, s3 = default;
            for (; i + (4 * step) <= length; i += 4 * step)
            {
                s0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i), Vector256.LoadUnsafe(ref b, i), s0);
                s1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i + step), Vector256.LoadUnsafe(ref b, i + step), s1);
                s2 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i + (2 * step)), Vector256.LoadUnsafe(ref b, i + (2 * step)), s2);
                s3 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i + (3 * step)), Vector256.LoadUnsafe(ref b, i + (3 * step)), s3);
            }

            for (; i + step <= length; i += step)
            {
                s0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref a, i), Vector256.LoadUnsafe(ref b, i), s0);
            }

            sum = Vector256.Sum((s0 + s1) + (s2 + s3));
        }

        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref a, i) * Unsafe.Add(ref b, i);
        }

        return sum;
    }
}
