using HealLink.Core.Matching.Embeddings;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>Which intros need embedding with the current embedder.</summary>
internal static class StaleIntros
{
    /// <summary>
    /// Every intro matching can use, or soon will: finished mentees, and mentors approved or waiting for approval
    /// (embedded ahead, so an approval needs no embedding). Missing a vector of this embedder, or its vector was made
    /// from other text or has other dimensions. Only <paramref name="personId"/>'s when given.
    /// </summary>
    public static async Task<List<IntroText>> FindAsync(
        HealLinkDbContext db,
        IEmbedder embedder,
        long? personId,
        CancellationToken cancellationToken)
    {
        var profiles = Embeddable(db);
        var vectors = db.ProfileVectors.AsNoTracking()
            .Where(v => v.EmbedderId == embedder.Id && v.Dimensions == embedder.Dimensions);
        if (personId is { } id)
        {
            profiles = profiles.Where(p => p.PersonId == id);
            vectors = vectors.Where(v => v.PersonId == id);
        }

        var intros = await profiles.Select(p => new { p.PersonId, p.Intro }).ToListAsync(cancellationToken);
        var hashes = await vectors.ToDictionaryAsync(v => v.PersonId, v => v.TextHash, cancellationToken);
        return [.. intros
            .Select(p => IntroText.Of(p.PersonId, p.Intro!))
            .Where(i => !hashes.TryGetValue(i.PersonId, out var hash) || hash != i.Hash)];
    }

    /// <summary>
    /// Approved mentors with no vector of this embedder at all (approved while no job ran, or added by hand), lowest
    /// ids first, at most <paramref name="limit"/>. One indexed query, cheap enough to ask every few seconds.
    /// </summary>
    public static async Task<List<IntroText>> MissingApprovedMentorsAsync(
        HealLinkDbContext db,
        IEmbedder embedder,
        int limit,
        CancellationToken cancellationToken)
    {
        var missing = await MentorPool.ApprovedMentorProfiles(db)
            .Where(p => p.Intro != null)
            .Where(p => !db.ProfileVectors.Any(v => v.PersonId == p.PersonId && v.EmbedderId == embedder.Id))
            .OrderBy(p => p.PersonId)
            .Take(limit)
            .Select(p => new { p.PersonId, p.Intro })
            .ToListAsync(cancellationToken);
        return [.. missing.Select(p => IntroText.Of(p.PersonId, p.Intro!))];
    }

    private static IQueryable<Profile> Embeddable(HealLinkDbContext db) =>
        db.Profiles.AsNoTracking().Where(p =>
            p.CompletedAt != null
            && p.Intro != null
            && (p.Role == Role.Mentee
                || (p.Role == Role.Mentor && (p.VettingStatus == VettingStatus.Approved || p.VettingStatus == VettingStatus.Pending))));
}
