using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using HealLink.Core.Matching.Embeddings;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>
/// The intro vectors of the current embedder for a set of people, embedding on demand whoever has none yet or
/// whose intro changed since (by its hash); new vectors are stored in the caller's transaction.
/// </summary>
internal static class IntroVectors
{
    public static async Task<Dictionary<long, float[]>> GetAsync(
        HealLinkDbContext db,
        IEmbedder embedder,
        IReadOnlyCollection<Profile> profiles,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var ids = profiles.Select(p => p.PersonId).ToList();
        var stored = await db.ProfileVectors
            .Where(v => v.EmbedderId == embedder.Id && ids.Contains(v.PersonId))
            .ToDictionaryAsync(v => v.PersonId, cancellationToken);

        var vectors = new Dictionary<long, float[]>();
        var stale = new List<(Profile Profile, string Hash)>();
        foreach (var profile in profiles)
        {
            var hash = Hash(profile.Intro ?? "");
            if (stored.TryGetValue(profile.PersonId, out var row) && row.TextHash == hash && row.Dimensions == embedder.Dimensions)
            {
                vectors[profile.PersonId] = FromBytes(row.Vector);
            }
            else
            {
                stale.Add((profile, hash));
            }
        }

        if (stale.Count == 0)
        {
            return vectors;
        }

        var fresh = await embedder.EmbedAsync([.. stale.Select(s => s.Profile.Intro ?? "")], cancellationToken);
        for (var i = 0; i < stale.Count; i++)
        {
            var (profile, hash) = stale[i];
            vectors[profile.PersonId] = fresh[i];
            var bytes = MemoryMarshal.AsBytes(fresh[i].AsSpan()).ToArray();
            if (stored.TryGetValue(profile.PersonId, out var row))
            {
                (row.Vector, row.TextHash, row.Dimensions, row.UpdatedAt) = (bytes, hash, embedder.Dimensions, now);
            }
            else
            {
                db.ProfileVectors.Add(new ProfileVector
                {
                    PersonId = profile.PersonId,
                    EmbedderId = embedder.Id,
                    Dimensions = embedder.Dimensions,
                    Vector = bytes,
                    TextHash = hash,
                    UpdatedAt = now,
                });
            }
        }

        return vectors;
    }

    /// <summary>Cosine similarity of two unit vectors of the same embedder.</summary>
    public static float Dot(float[] a, float[] b) => TensorPrimitives.Dot(a, b);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static float[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, float>(bytes).ToArray();
}
