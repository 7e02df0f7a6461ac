using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Jobs.Leases;

/// <summary>
/// Leases in the <c>job_leases</c> table: a holder keeps one by renewing it before it expires; anyone may take an
/// expired one. Each attempt is one conditional UPDATE, which SQLite's single writer makes atomic across processes.
/// </summary>
internal sealed class JobLeases(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>Who runs the shared scheduler; the row is created by migration 0005.</summary>
    public const string SharedScheduler = "shared-scheduler";

    /// <summary>True when <paramref name="holder"/> now holds the lease for <paramref name="duration"/>: it held it, or it had expired.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var until = now + duration;
        var updated = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return updated == 1;
    }

    /// <summary>Lets another process take the lease at once instead of after it expires.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, DateTimeOffset.UnixEpoch), cancellationToken);
    }
}
