using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// Makes sure the <see cref="IntroIndex"/> holds current vectors for a set of people: what the index already has
/// for the same text is used as is, then stored vectors are read, and only what is missing or changed is embedded
/// (and stored in the caller's transaction).
/// </summary>
internal static class IntroVectors
{
    public static async Task EnsureAsync(
        HealLinkDbContext db,
        IEmbedder embedder,
        IntroIndex index,
        IReadOnlyCollection<Profile> profiles,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await index.EnsureLoadedAsync(db, cancellationToken);
        var wanted = profiles
            .Select(p => (Profile: p, Hash: Hash(p.Intro ?? "")))
            .Where(p => !index.IsCurrent(p.Profile.PersonId, p.Hash))
            .ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var ids = wanted.Select(w => w.Profile.PersonId).ToList();
        var stored = await db.ProfileVectors.AsNoTracking()
            .Where(v => v.EmbedderId == embedder.Id && ids.Contains(v.PersonId))
            .ToDictionaryAsync(v => v.PersonId, cancellationToken);
        var stale = new List<(Profile Profile, string Hash)>();
        foreach (var (profile, hash) in wanted)
        {
            if (stored.TryGetValue(profile.PersonId, out var row) && row.TextHash == hash && row.Dimensions == embedder.Dimensions)
            {
                index.Upsert(profile.PersonId, MemoryMarshal.Cast<byte, float>(row.Vector), hash);
            }
            else
            {
                stale.Add((profile, hash));
            }
        }

        if (stale.Count == 0)
        {
            return;
        }

        var fresh = await embedder.EmbedAsync([.. stale.Select(s => s.Profile.Intro ?? "")], cancellationToken);
        var embedded = stale.Select((s, i) => new EmbeddedIntro(s.Profile.PersonId, s.Hash, fresh[i])).ToList();

        // Stored in the caller's transaction, which already holds the write lock (the inbound receipt came first).
        await VectorRevisions.PutAsync(db, embedder, embedded, now, cancellationToken);

        // Before the commit, but harmless if it fails: the vector is right for this text either way.
        foreach (var intro in embedded)
        {
            index.Upsert(intro.PersonId, intro.Vector, intro.TextHash);
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
