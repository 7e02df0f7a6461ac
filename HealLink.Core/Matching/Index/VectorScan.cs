using System.Buffers;
using System.Runtime.CompilerServices;

namespace HealLink.Core.Matching.Index;

/// <summary>
/// The exact searches. Each checks its filter before scoring, so the filter decides which ids compete and a
/// selective one still yields k results whenever k ids pass it.
/// </summary>
/// <remarks>
/// One thread per search. Splitting a scan over both cores of our 2-core machine (Parallel.For over blocks, one
/// heap each, merged) was measured: about 1.5× faster at 100k vectors, no faster or slower at a million, where
/// one core already reads memory as fast as it comes (15–19 GB/s); and it takes the other core from the rest
/// of the bot. Not worth it.
/// </remarks>
internal static class VectorScan
{
    /// <summary>Every stored vector that <paramref name="filter"/> allows, block by block in memory order.</summary>
    /// <remarks>Optimised from the first call, as <see cref="DotProduct"/> is: a fresh process's first searches count.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TopKHeap Slots<TFilter>(VectorBlocks store, ReadOnlySpan<float> query, int capacity, TFilter filter)
        where TFilter : struct, IIdFilter
    {
        var heap = new TopKHeap(capacity);
        var dimensions = store.Dimensions;
        for (var b = 0; b < store.BlockCount; b++)
        {
            var block = store.Block(b);
            var length = store.BlockLength(b);
            for (var i = 0; i < length; i++)
            {
                var id = block.Ids[i];
                if (filter.Allows(id))
                {
                    heap.Offer(id, DotProduct.Of(query, block.Vectors.AsSpan(i * dimensions, dimensions)));
                }
            }
        }

        return heap;
    }

    /// <summary>
    /// Only the candidates' own slots, found through the id map: for a set much smaller than the index this
    /// touches a fraction of the memory a full scan would. Candidates not in the index are skipped. All slots are
    /// looked up first and sorted, and only then scored: the lookups' cache misses overlap instead of each
    /// waiting behind a dot product, and the vectors are then read in memory order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TopKHeap Candidates(
        VectorBlocks store, Dictionary<long, int> slots, IReadOnlySet<long> candidates, ReadOnlySpan<float> query, int capacity)
    {
        var found = ArrayPool<int>.Shared.Rent(candidates.Count);
        try
        {
            var count = 0;
            foreach (var id in candidates)
            {
                if (slots.TryGetValue(id, out var slot))
                {
                    found[count++] = slot;
                }
            }

            Array.Sort(found, 0, count);
            var heap = new TopKHeap(capacity);
            foreach (var slot in found.AsSpan(0, count))
            {
                heap.Offer(store.IdAt(slot), DotProduct.Of(query, store.VectorAt(slot)));
            }

            return heap;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(found);
        }
    }
}
