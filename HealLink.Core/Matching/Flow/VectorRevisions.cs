using System.Runtime.InteropServices;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Writes intro vectors in the caller's transaction, each batch stamped with the embedder's next revision. The
/// caller's transaction must already hold SQLite's write lock (it has written, or began IMMEDIATE): then no other
/// writer can commit between reading the highest revision and committing this one, so revisions grow in commit
/// order and a process that has read up to revision N has seen every row at or below it.
/// </summary>
internal static class VectorRevisions
{
    public static async Task PutAsync(
        HealLinkDbContext db,
        IEmbedder embedder,
        IReadOnlyCollection<EmbeddedIntro> intros,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (intros.Count == 0)
        {
            return;
        }

        var ids = intros.Select(i => i.PersonId).ToList();
        var rows = await db.ProfileVectors
            .Where(v => v.EmbedderId == embedder.Id && ids.Contains(v.PersonId))
            .ToDictionaryAsync(v => v.PersonId, cancellationToken);
        var revision = await db.ProfileVectors
            .Where(v => v.EmbedderId == embedder.Id)
            .MaxAsync(v => (long?)v.Revision, cancellationToken) ?? 0;
        revision++;

        foreach (var intro in intros)
        {
            var bytes = MemoryMarshal.AsBytes(intro.Vector.AsSpan()).ToArray();
            if (rows.TryGetValue(intro.PersonId, out var row))
            {
                (row.Vector, row.TextHash, row.Dimensions, row.UpdatedAt, row.Revision) =
                    (bytes, intro.TextHash, embedder.Dimensions, now, revision);
                continue;
            }

            db.ProfileVectors.Add(new ProfileVector
            {
                PersonId = intro.PersonId,
                EmbedderId = embedder.Id,
                Dimensions = embedder.Dimensions,
                Vector = bytes,
                TextHash = intro.TextHash,
                UpdatedAt = now,
                Revision = revision,
            });
        }
    }
}
