using System.Numerics;

namespace HealLink.Core.Matching.Index;

/// <summary>
/// The stored vectors and their ids, by slot, in fixed-size blocks rather than one array: a million vectors of 384
/// dimensions are 1.5 GB, and one growing array would be copied whole on the large object heap every time it
/// doubled. Blocks are only ever added, so growing copies nothing. Slots are dense (0 to Count − 1): removing one
/// moves the last vector into the hole. Not thread-safe: <see cref="VectorIndex"/> guards it.
/// </summary>
internal sealed class VectorBlocks
{
    // About 1 MiB of floats a block: large enough that per-block overhead vanishes in a scan, small enough that a
    // nearly empty index costs little. A power of two, so a slot splits into block and offset with a shift.
    private const int TargetFloatsPerBlock = 1 << 18;
    private const int MaxVectorsPerBlock = 1 << 12;

    private readonly List<VectorBlock> _blocks = [];
    private readonly int _shift;

    public VectorBlocks(int dimensions)
    {
        Dimensions = dimensions;
        var vectorsPerBlock = Math.Clamp(TargetFloatsPerBlock / dimensions, 1, MaxVectorsPerBlock);
        _shift = BitOperations.Log2((uint)vectorsPerBlock);
    }

    public int Dimensions { get; }

    public int Count { get; private set; }

    public int VectorsPerBlock => 1 << _shift;

    /// <summary>Blocks holding at least one vector; the last may be partly filled.</summary>
    public int BlockCount => (Count + VectorsPerBlock - 1) >> _shift;

    public VectorBlock Block(int index) => _blocks[index];

    public int BlockLength(int index) => Math.Min(VectorsPerBlock, Count - (index << _shift));

    public long IdAt(int slot) => _blocks[slot >> _shift].Ids[slot & (VectorsPerBlock - 1)];

    public ReadOnlySpan<float> VectorAt(int slot) => Vector(slot);

    /// <returns>The new vector's slot.</returns>
    public int Append(long id, ReadOnlySpan<float> vector)
    {
        var slot = Count;
        if (slot >> _shift == _blocks.Count)
        {
            _blocks.Add(new VectorBlock(new long[VectorsPerBlock], new float[VectorsPerBlock * Dimensions]));
        }

        _blocks[slot >> _shift].Ids[slot & (VectorsPerBlock - 1)] = id;
        vector.CopyTo(Vector(slot));
        Count++;
        return slot;
    }

    public void Overwrite(int slot, ReadOnlySpan<float> vector) => vector.CopyTo(Vector(slot));

    /// <summary>
    /// Empties <paramref name="slot"/> by moving the last vector into it. Emptied blocks are kept for the next
    /// appends rather than freed: the index rarely shrinks far, and freeing would churn at a block boundary.
    /// </summary>
    /// <returns>The id now in <paramref name="slot"/>, or null when the slot was the last one.</returns>
    public long? RemoveAt(int slot)
    {
        var last = --Count;
        if (slot == last)
        {
            return null;
        }

        var movedId = IdAt(last);
        _blocks[slot >> _shift].Ids[slot & (VectorsPerBlock - 1)] = movedId;
        Vector(last).CopyTo(Vector(slot));
        return movedId;
    }

    private Span<float> Vector(int slot) =>
        _blocks[slot >> _shift].Vectors.AsSpan((slot & (VectorsPerBlock - 1)) * Dimensions, Dimensions);
}

/// <summary>One block: ids by offset, and their vectors one after another in the same order.</summary>
internal readonly record struct VectorBlock(long[] Ids, float[] Vectors);
