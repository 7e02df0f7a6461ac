using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Index;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Everyone's intro vectors of the current embedder, in memory: loaded from the database on first use, then kept
/// current by <see cref="RefreshAsync"/> (vectors any process stored since the last revision read) and one profile
/// at a time by searches. Each entry remembers the hash of the text it came from, so an intro changed by another
/// process is noticed the next time it is needed even before a refresh has read its new vector.
/// </summary>
public sealed class IntroIndex(IEmbedder embedder) : IDisposable
{
    private readonly VectorIndex _index = new(embedder.Id, embedder.Dimensions);
    private readonly ConcurrentDictionary<long, string> _hashes = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    // The highest revision read from the database; guarded by _loading.
    private long _revision;

    public string EmbedderId => _index.EmbedderId;

    public int Count => _index.Count;

    public async Task EnsureLoadedAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_loaded)
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_loaded)
            {
                return;
            }

            await ReadSinceAsync(db, cancellationToken);
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Reads into the index the vectors stored since the last look, by this process or any other; returns how many.</summary>
    public async Task<int> RefreshAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Not loaded yet, this reads everything (from revision 0), which is what loading is.
            var read = await ReadSinceAsync(db, cancellationToken);
            _loaded = true;
            return read;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>True when the index holds this person's vector for exactly this text.</summary>
    public bool IsCurrent(long personId, string textHash) => _hashes.TryGetValue(personId, out var hash) && hash == textHash;

    /// <summary>This person's vector, or null when the index has none for them.</summary>
    public float[]? VectorOf(long personId) => _index.VectorOf(personId);

    public void Upsert(long personId, ReadOnlySpan<float> vector, string textHash)
    {
        _index.Upsert(personId, vector);
        _hashes[personId] = textHash;
    }

    /// <summary>Forgets a person who was erased. Other processes' indexes keep the vector until they restart, which
    /// is harmless: mentors are ranked only from the database's eligible rows.</summary>
    public void Remove(long personId)
    {
        _index.Remove(personId);
        _hashes.TryRemove(personId, out _);
    }

    /// <summary>The similarity of each candidate's intro to <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<ScoredMatch> Score(ReadOnlySpan<float> query, IReadOnlySet<long> candidates) =>
        candidates.Count == 0 ? [] : _index.TopK(query, candidates.Count, candidates);

    // One query, so one snapshot: every row at or below the highest revision it returns has been read (revisions
    // grow in commit order, see VectorRevisions).
    private async Task<int> ReadSinceAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ProfileVectors.AsNoTracking()
            .Where(v => v.EmbedderId == embedder.Id && v.Revision > _revision)
            .OrderBy(v => v.Revision)
            .ToListAsync(cancellationToken);
        foreach (var row in rows.Where(r => r.Dimensions == embedder.Dimensions))
        {
            Upsert(row.PersonId, MemoryMarshal.Cast<byte, float>(row.Vector), row.TextHash);
        }

        if (rows.Count > 0)
        {
            _revision = rows[^1].Revision;
        }

        return rows.Count;
    }

    public void Dispose()
    {
        _index.Dispose();
        _loading.Dispose();
    }
}
