namespace HealLink.Core.Matching.Index;

/// <summary>
/// An in-memory index of unit vectors from one embedder, searched exactly: a query's top-k by cosine similarity,
/// among all ids or only those a filter allows. Loaded once from the database, then kept current one profile at
/// a time with <see cref="Upsert"/> and <see cref="Remove"/>.
/// </summary>
/// <remarks>
/// Thread-safe, with a reader-writer lock rather than immutable snapshots: a snapshot per write would copy the
/// vectors (1.5 GB for a million mentors) or need persistent blocks plus a persistent id map that slows every
/// lookup, while writes here are rare and short (one vector copied), so readers almost never wait and a writer
/// waits at most for the searches already running. New searches queue behind a waiting writer, so writes are not
/// starved. The lock does not recurse: a filter must not call back into the same index.
/// </remarks>
public sealed class VectorIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly VectorBlocks _vectors;
    private readonly Dictionary<long, int> _slots = [];

    public VectorIndex(string embedderId, int dimensions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(embedderId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        EmbedderId = embedderId;
        _vectors = new VectorBlocks(dimensions);
    }

    /// <summary>The embedder whose vectors this index holds; vectors from any other must not be added.</summary>
    public string EmbedderId { get; }

    public int Dimensions => _vectors.Dimensions;

    public int Count => Read(() => _vectors.Count);

    public bool Contains(long id) => Read(() => _slots.ContainsKey(id));

    /// <summary>A copy of the vector stored for <paramref name="id"/>, or null when it has none.</summary>
    public float[]? VectorOf(long id) => Read(() => _slots.TryGetValue(id, out var slot) ? _vectors.VectorAt(slot).ToArray() : null);

    /// <summary>Adds the vector for <paramref name="id"/>, or replaces the one it had.</summary>
    /// <exception cref="ArgumentException">Wrong length, not unit length, or not finite.</exception>
    public void Upsert(long id, ReadOnlySpan<float> vector)
    {
        UnitVectors.EnsureUnit(vector, Dimensions, nameof(vector));
        _lock.EnterWriteLock();
        try
        {
            if (_slots.TryGetValue(id, out var slot))
            {
                _vectors.Overwrite(slot, vector);
            }
            else
            {
                _slots.Add(id, _vectors.Append(id, vector));
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <returns>False when <paramref name="id"/> was not in the index.</returns>
    public bool Remove(long id)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slots.Remove(id, out var slot))
            {
                return false;
            }

            if (_vectors.RemoveAt(slot) is { } movedId)
            {
                _slots[movedId] = slot;
            }

            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The <paramref name="k"/> ids most like <paramref name="query"/>, best first (ties: lower id first).</summary>
    public IReadOnlyList<ScoredMatch> TopK(ReadOnlySpan<float> query, int k) =>
        Search(query, k, int.MaxValue, (store, q, capacity) => VectorScan.Slots(store, q, capacity, default(AllowAll)));

    /// <summary>As <see cref="TopK(ReadOnlySpan{float}, int)"/>, among the ids <paramref name="filter"/> allows.</summary>
    public IReadOnlyList<ScoredMatch> TopK(ReadOnlySpan<float> query, int k, Func<long, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Search(query, k, int.MaxValue, (store, q, capacity) => VectorScan.Slots(store, q, capacity, new PredicateFilter(filter)));
    }

    /// <summary>
    /// As <see cref="TopK(ReadOnlySpan{float}, int)"/>, among <paramref name="candidates"/> (ids not in the index
    /// are ignored). Faster than a predicate when the set is small: only the candidates' vectors are read.
    /// </summary>
    public IReadOnlyList<ScoredMatch> TopK(ReadOnlySpan<float> query, int k, IReadOnlySet<long> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Search(query, k, candidates.Count, (store, q, capacity) => candidates.Count < store.Count
            ? VectorScan.Candidates(store, _slots, candidates, q, capacity)
            : VectorScan.Slots(store, q, capacity, new SetFilter(candidates)));
    }

    public void Dispose() => _lock.Dispose();

    private ScoredMatch[] Search(ReadOnlySpan<float> query, int k, int mostAllowed, ScanFunc scan)
    {
        UnitVectors.EnsureUnit(query, Dimensions, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        _lock.EnterReadLock();
        try
        {
            // The heap never needs room for more than can pass the filter, so a large k costs no memory.
            var capacity = Math.Min(k, Math.Min(mostAllowed, _vectors.Count));
            return capacity == 0 ? [] : scan(_vectors, query, capacity).ToRanked();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private delegate TopKHeap ScanFunc(VectorBlocks store, ReadOnlySpan<float> query, int capacity);
}
