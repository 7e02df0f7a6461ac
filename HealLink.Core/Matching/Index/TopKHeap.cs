using System.Runtime.CompilerServices;

namespace HealLink.Core.Matching.Index;

/// <summary>
/// Keeps the best few matches seen so far in a bounded min-heap: its root is the worst match kept, so most
/// candidates are turned away by one comparison and a scan costs O(n log k) with k small (at most about 100).
/// </summary>
internal sealed class TopKHeap(int capacity)
{
    private readonly ScoredMatch[] _items = new ScoredMatch[capacity];
    private int _count;

    // Called once per scored slot: optimised from the first call, as the scan is.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(long id, float score)
    {
        var candidate = new ScoredMatch(id, score);
        if (_count < _items.Length)
        {
            _items[_count] = candidate;
            SiftUp(_count++);
        }
        else if (_count > 0 && candidate.RanksAbove(_items[0]))
        {
            _items[0] = candidate;
            SiftDown(0);
        }
    }

    /// <summary>What was kept, best first.</summary>
    public ScoredMatch[] ToRanked()
    {
        var ranked = _items[.._count];
        Array.Sort(ranked, static (a, b) => a.RanksAbove(b) ? -1 : b.RanksAbove(a) ? 1 : 0);
        return ranked;
    }

    // The heap keeps every parent ranked at or below its children.
    private void SiftUp(int child)
    {
        while (child > 0)
        {
            var parent = (child - 1) / 2;
            if (!_items[parent].RanksAbove(_items[child]))
            {
                return;
            }

            (_items[parent], _items[child]) = (_items[child], _items[parent]);
            child = parent;
        }
    }

    private void SiftDown(int parent)
    {
        while (true)
        {
            var worst = (2 * parent) + 1;
            if (worst >= _count)
            {
                return;
            }

            var right = worst + 1;
            if (right < _count && _items[worst].RanksAbove(_items[right]))
            {
                worst = right;
            }

            if (!_items[parent].RanksAbove(_items[worst]))
            {
                return;
            }

            (_items[parent], _items[worst]) = (_items[worst], _items[parent]);
            parent = worst;
        }
    }
}
