using HealLink.Core.Jobs.Leases;
using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Service.Health;

/// <summary>
/// Reads the health page's figures. A process is judged gone after three of its own report intervals without a word,
/// so a process configured to report rarely is not called gone by a panel configured otherwise.
/// </summary>
public sealed class ServiceHealth(IDbContextFactory<HealLinkDbContext> contexts, TimeProvider timeProvider)
{
    internal const int MissedReportsBeforeGone = 3;

    public async Task<HealthReport> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthReport.Unreachable("the database cannot be opened");
            }

            var now = timeProvider.GetUtcNow();
            return new HealthReport(true, null, await OutboxAsync(db, now, cancellationToken), await ProcessesAsync(db, now, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The page shows the problem's kind; its message may hold a file path an operator reads in the log instead.
            return HealthReport.Unreachable(exception.GetType().Name);
        }
    }

    private static async Task<OutboxBacklog> OutboxAsync(HealLinkDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = db.OutboxMessages.Where(m => m.SentAt == null && m.FailedAt == null);
        var count = await pending.CountAsync(cancellationToken);
        var retrying = await pending.CountAsync(m => m.Attempts > 0, cancellationToken);

        // Pending rows in id order are the outbox's own index, and the lowest id was written first.
        var oldest = await pending.OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var dayAgo = now.AddDays(-1);
        var failed = await db.OutboxMessages.CountAsync(m => m.FailedAt != null && m.FailedAt >= dayAgo, cancellationToken);
        return new OutboxBacklog(count, retrying, oldest, failed);
    }

    private static async Task<IReadOnlyList<ProcessHealth>> ProcessesAsync(HealLinkDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.ProcessStatuses.AsNoTracking().ToListAsync(cancellationToken);
        var sharedJobRunners = db.Database.IsNpgsql()
            ? await ClusterNodesAsync(db, now, cancellationToken)
            : await LeaseHolderAsync(db, now, cancellationToken);
        return [.. rows
            .Select(p => new ProcessHealth(
                p.Id, p.Host, p.OsProcessId, p.Version, StateOf(p, now), p.StartedAt, p.LastSeenAt, p.Channels, p.Embedder,
                p.EmbedderNote, p.WorkingSetBytes, sharedJobRunners.Contains(p.Id), p.Models, p.ModelUnloadRequestedAt))
            .OrderBy(p => p.State)
            .ThenBy(p => p.StartedAt)];
    }

    /// <summary>On SQLite one process at a time runs the shared jobs: the holder of their lease, while it lasts.</summary>
    private static async Task<IReadOnlyCollection<string>> LeaseHolderAsync(HealLinkDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lease = await db.JobLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == JobLease.SharedScheduler, cancellationToken);
        return lease is not null && lease.ExpiresAt > now ? [lease.Holder] : [];
    }

    /// <summary>
    /// On PostgreSQL every process is a node of Quartz's cluster: the nodes that checked in within two of their
    /// intervals, as Quartz stores them (the time in .NET ticks, the interval in milliseconds), named by process id.
    /// </summary>
    private static async Task<IReadOnlyCollection<string>> ClusterNodesAsync(HealLinkDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nowTicks = now.UtcTicks;
        return await db.Database
            .SqlQuery<string>($"SELECT instance_name AS \"Value\" FROM qrtz_scheduler_state WHERE last_checkin_time + checkin_interval * 2 * {TimeSpan.TicksPerMillisecond} >= {nowTicks}")
            .ToListAsync(cancellationToken);
    }

    /// <summary>Running, stopped or gone, as the health page says; <see cref="ProcessStatusWriter.CountRunningAsync"/> counts by it too.</summary>
    internal static ProcessState StateOf(ProcessStatus process, DateTimeOffset now) =>
        process.StoppedAt is not null ? ProcessState.Stopped
        : now - process.LastSeenAt > process.ReportInterval * MissedReportsBeforeGone ? ProcessState.Gone
        : ProcessState.Running;
}
