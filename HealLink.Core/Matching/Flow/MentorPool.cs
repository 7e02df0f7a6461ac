using HealLink.Core.Connections;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Matching.Flow;

/// <summary>Reads, inside the caller's transaction, who could be offered to a mentee and whom they must not see.</summary>
internal static class MentorPool
{
    /// <summary>Connections that count against a mentor's capacity.</summary>
    private static readonly ConnectionState[] _holdingAPlace = [ConnectionState.Requested, ConnectionState.Active];

    /// <summary>Past connections that keep a mentor from being offered again.</summary>
    private static readonly ConnectionState[] _excluding = [ConnectionState.Requested, ConnectionState.Active, ConnectionState.Declined];

    public static async Task<MenteeForMatching> MenteeAsync(HealLinkDbContext db, long personId, Profile profile, CancellationToken cancellationToken)
    {
        var excluded = await db.Connections
            .Where(c => c.MenteeId == personId && _excluding.Contains(c.State))
            .Select(c => c.MentorId)
            .ToListAsync(cancellationToken);
        return new MenteeForMatching(personId, profile, excluded.ToHashSet());
    }

    /// <summary>Approved, finished mentors with their current load; the hard filters decide the rest.</summary>
    public static async Task<IReadOnlyList<MentorForMatching>> ApprovedMentorsAsync(HealLinkDbContext db, CancellationToken cancellationToken)
    {
        var profiles = await db.Profiles.AsNoTracking()
            .Where(p => p.Role == Role.Mentor && p.VettingStatus == VettingStatus.Approved && p.CompletedAt != null)
            .ToListAsync(cancellationToken);
        var loads = await db.Connections
            .Where(c => _holdingAPlace.Contains(c.State))
            .GroupBy(c => c.MentorId)
            .Select(g => new { MentorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MentorId, x => x.Count, cancellationToken);
        return [.. profiles.Select(p => new MentorForMatching(p.PersonId, p, loads.GetValueOrDefault(p.PersonId)))];
    }

    public static Task<bool> HasOpenRequestAsync(HealLinkDbContext db, long menteeId, CancellationToken cancellationToken) =>
        db.Connections.AnyAsync(c => c.MenteeId == menteeId && c.State == ConnectionState.Requested, cancellationToken);
}
