using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>Reads, inside the caller's transaction, who could be offered to a mentee and whom they must not see.</summary>
internal static class MentorPool
{
    /// <summary>Connections that count against a mentor's capacity.</summary>
    private static readonly ConnectionState[] _holdingAPlace = [.. ConnectionLifecycle.Open];

    /// <summary>Past connections that keep a mentor from being offered again.</summary>
    private static readonly ConnectionState[] _excluding = [.. ConnectionLifecycle.ExcludingFromMatches];

    public static async Task<MenteeForMatching> MenteeAsync(HealLinkDbContext db, long personId, Profile profile, CancellationToken cancellationToken) =>
        (await MenteesAsync(db, [profile], cancellationToken))[personId];

    /// <summary>Several mentees at once, by person id, in one query.</summary>
    public static async Task<Dictionary<long, MenteeForMatching>> MenteesAsync(
        HealLinkDbContext db, IReadOnlyCollection<Profile> profiles, CancellationToken cancellationToken)
    {
        var ids = profiles.Select(p => p.PersonId).ToList();
        var excluded = (await db.Connections
                .Where(c => ids.Contains(c.MenteeId) && _excluding.Contains(c.State))
                .Select(c => new { c.MenteeId, c.MentorId })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.MenteeId, c => c.MentorId);
        return profiles.ToDictionary(p => p.PersonId, p => new MenteeForMatching(p.PersonId, p, excluded[p.PersonId].ToHashSet()));
    }

    /// <summary>Approved, finished mentors not suspended: who may be offered at all (the hard filters decide for whom).</summary>
    public static IQueryable<Profile> ApprovedMentorProfiles(HealLinkDbContext db) =>
        db.Profiles.AsNoTracking().Where(p => p.Role == Role.Mentor && p.VettingStatus == VettingStatus.Approved && p.CompletedAt != null
            && db.People.Any(person => person.Id == p.PersonId && person.SuspendedAt == null));

    /// <summary>Approved, finished mentors with their current load; the hard filters decide the rest.</summary>
    public static async Task<IReadOnlyList<MentorForMatching>> ApprovedMentorsAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        var profiles = await ApprovedMentorProfiles(db).ToListAsync(cancellationToken);
        var loads = await db.Connections
            .Where(c => _holdingAPlace.Contains(c.State))
            .GroupBy(c => c.MentorId)
            .Select(g => new { MentorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MentorId, x => x.Count, cancellationToken);
        return [.. profiles.Select(p => new MentorForMatching(p.PersonId, p, loads.GetValueOrDefault(p.PersonId)))];
    }

    /// <summary>Which of these mentees have asked someone and wait for the answer.</summary>
    public static async Task<HashSet<long>> WithOpenRequestAsync(HealLinkDbContext db, IReadOnlyCollection<long> menteeIds, CancellationToken cancellationToken) =>
        [.. await db.Connections
            .Where(c => menteeIds.Contains(c.MenteeId) && c.State == ConnectionState.Requested)
            .Select(c => c.MenteeId)
            .ToListAsync(cancellationToken)];
}
