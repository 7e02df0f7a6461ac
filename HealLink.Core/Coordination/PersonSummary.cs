using HealLink.Core.Messaging;
using HealLink.Core.People;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Coordination;

/// <summary>
/// A person as coordinators' lists show them: first name, role and standing, and the platforms they use — never their
/// handle or platform id.
/// </summary>
/// <param name="Onboarded">Whether they finished onboarding.</param>
/// <param name="Reachable">Whether the bot can still write to them on at least one platform.</param>
public sealed record PersonSummary(
    long Id,
    string? Name,
    Role? Role,
    VettingStatus? Vetting,
    bool Onboarded,
    DateTimeOffset JoinedAt,
    bool Suspended,
    bool Reachable,
    IReadOnlyList<Platform> Platforms)
{
    internal static async Task<Dictionary<long, PersonSummary>> LoadAsync(
        HealLinkDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var rows = await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.CreatedAt,
                p.SuspendedAt,
                Name = p.Profile == null ? null : p.Profile.DisplayName,
                Role = p.Profile == null ? null : p.Profile.Role,
                Vetting = p.Profile == null ? null : p.Profile.VettingStatus,
                CompletedAt = p.Profile == null ? null : p.Profile.CompletedAt,
                Platforms = p.Accounts.Select(a => a.Platform).ToList(),
                Reachable = p.Accounts.Any(a => a.UnreachableSince == null),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new PersonSummary(
            r.Id, r.Name, r.Role, r.Vetting, r.CompletedAt is not null, r.CreatedAt, r.SuspendedAt is not null, r.Reachable, [.. r.Platforms.Distinct().Order()]));
    }
}
