using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Matching.Index;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Everyone's intro vectors of the current embedder, in memory: loaded from the database on first use, then kept
/// current one profile at a time. Each entry remembers the hash of the text it came from, so an intro changed by
/// another process (the admin panel) is noticed the next time it is needed, and embedded again.
/// </summary>
public sealed class IntroIndex(IEmbedder embedder) : IDisposable
{
    private readonly VectorIndex _index = new(embedder.Id, embedder.Dimensions);
    private readonly ConcurrentDictionary<long, string> _hashes = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

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

            var rows = await db.ProfileVectors.AsNoTracking()
                .Where(v => v.EmbedderId == embedder.Id && v.Dimensions == embedder.Dimensions)
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                Upsert(row.PersonId, MemoryMarshal.Cast<byte, float>(row.Vector), row.TextHash);
            }

            _loaded = true;
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

    /// <summary>The similarity of each candidate's intro to <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<ScoredMatch> Score(ReadOnlySpan<float> query, IReadOnlySet<long> candidates) =>
        candidates.Count == 0 ? [] : _index.TopK(query, candidates.Count, candidates);

    public void Dispose()
    {
        _index.Dispose();
        _loading.Dispose();
    }
}
