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
        var stored = await db.ProfileVectors
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
        for (var i = 0; i < stale.Count; i++)
        {
            var (profile, hash) = stale[i];
            Store(db, stored.GetValueOrDefault(profile.PersonId), profile.PersonId, embedder, fresh[i], hash, now);

            // Before the commit, but harmless if it fails: the vector is right for this text either way.
            index.Upsert(profile.PersonId, fresh[i], hash);
        }
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Store(HealLinkDbContext db, ProfileVector? row, long personId, IEmbedder embedder, float[] vector, string hash, DateTimeOffset now)
    {
        var bytes = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
        if (row is not null)
        {
            (row.Vector, row.TextHash, row.Dimensions, row.UpdatedAt) = (bytes, hash, embedder.Dimensions, now);
            return;
        }

        db.ProfileVectors.Add(new ProfileVector
        {
            PersonId = personId,
            EmbedderId = embedder.Id,
            Dimensions = embedder.Dimensions,
            Vector = bytes,
            TextHash = hash,
            UpdatedAt = now,
        });
    }
}
