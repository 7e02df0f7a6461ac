using HealLink.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HealLink.Core.Jobs.History;

/// <summary>
/// Keeps the job history bounded: for each job, the newest <see cref="JobsOptions.HistoryRunsKept"/> runs of each
/// outcome. By count rather than age, because the index refresh runs every few seconds in every process while the
/// nightly jobs run once a day, and kept per outcome so a job's last failure outlives its successes since.
/// </summary>
public sealed partial class JobHistoryPruner(
    IDbContextFactory<HealLinkDbContext> contexts,
    IOptions<JobsOptions> options,
    ILogger<JobHistoryPruner> logger)
{
    internal const int BatchSize = 1_000;

    /// <returns>How many runs were removed.</returns>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var keep = options.Value.HistoryRunsKept;
        List<JobHistoryKey> kinds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var found = await db.JobExecutions
                .Select(r => new { r.JobGroup, r.JobName, r.Outcome })
                .Distinct()
                .ToListAsync(cancellationToken);
            kinds = [.. found.Select(k => new JobHistoryKey(k.JobGroup, k.JobName, k.Outcome))];
        }

        var removed = 0;
        foreach (var kind in kinds)
        {
            removed += await PruneAsync(kind, keep, cancellationToken);
        }

        if (removed > 0)
        {
            LogPruned(logger, removed);
        }

        return removed;
    }

    private async Task<int> PruneAsync(JobHistoryKey kind, int keep, CancellationToken cancellationToken)
    {
        long? newestRemoved;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            newestRemoved = await Of(db, kind)
                .OrderByDescending(r => r.Id)
                .Skip(keep)
                .Select(r => (long?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (newestRemoved is not { } last)
        {
            return 0;
        }

        // Oldest first, a batch per transaction: the bot's own writes never wait long behind it.
        return await BatchedDelete.RunAsync(contexts, BatchSize, db => Of(db, kind)
            .Where(r => r.Id <= last)
            .OrderBy(r => r.Id)
            .Take(BatchSize)
            .ExecuteDeleteAsync(cancellationToken), cancellationToken);
    }

    private static IQueryable<JobExecution> Of(HealLinkDbContext db, JobHistoryKey kind) =>
        db.JobExecutions.Where(r => r.JobGroup == kind.JobGroup && r.JobName == kind.JobName && r.Outcome == kind.Outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Runs} old runs from the job history")]
    private static partial void LogPruned(ILogger logger, int runs);

    private sealed record JobHistoryKey(string JobGroup, string JobName, JobOutcome Outcome);
}
