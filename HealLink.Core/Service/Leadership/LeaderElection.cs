using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Service.Leadership;

/// <summary>
/// Who among the processes on one database does a thing only one may do at a time (run the shared scheduler on
/// SQLite, hold Discord's Gateway): a row in <c>job_leases</c> per role, kept by renewing it before it expires and
/// taken by anyone once it has. Each attempt is one statement, an insert that becomes a conditional update, so two
/// processes never both win; on PostgreSQL as on SQLite.
/// </summary>
public sealed class LeaderElection(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    /// <summary>True when <paramref name="holder"/> now leads for <paramref name="term"/>: it led already, or nobody did.</summary>
    public async Task<bool> TryLeadAsync(string role, string holder, TimeSpan term, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)term.TotalMilliseconds;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO job_leases (name, holder, expires_at) VALUES ({role}, {holder}, {until})
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE job_leases.holder = excluded.holder OR job_leases.expires_at <= {now}
            """,
            cancellationToken);
        return changed == 1;
    }

    /// <summary>Steps down at once, so another process need not wait for the term to run out.</summary>
    public async Task ResignAsync(string role, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.JobLeases
            .Where(l => l.Name == role && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, DateTimeOffset.UnixEpoch), cancellationToken);
    }
}
